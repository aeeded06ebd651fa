"""The OUT_DIR of factbox's build script, from `cargo build --message-format=json...`
on stdin: where build.rs wrote the language files (`make wasm` copies them)."""
import json
import sys


def name(package_id):
    """The package's name in a package id: `path+file:///x/dir#factbox@0.1.0`,
    `path+file:///x/factbox#0.1.0` (a folder named as the package), or the
    older `factbox 0.1.0 (path+file:///x/dir)`."""
    if " " in package_id:
        return package_id.split(" ", 1)[0]
    url, _, fragment = package_id.rpartition("#")
    if "@" in fragment:
        return fragment.split("@", 1)[0]
    return url.rstrip("/").rsplit("/", 1)[-1]


out = None
for line in sys.stdin:
    try:
        msg = json.loads(line)
    except ValueError:
        continue
    if msg.get("reason") == "build-script-executed" and name(msg.get("package_id", "")) == "factbox":
        out = msg.get("out_dir")
if not out:
    sys.exit("tools/out_dir.py: no build-script-executed message for factbox")
print(out)
