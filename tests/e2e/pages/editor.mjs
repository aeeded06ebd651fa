// The editor's markup test pages (issue 12, part 2), shared by editor.mjs
// (Chromium) and engines.mjs (Firefox and WebKit): data-factbox-skip,
// <data value data-factbox>, the <fact-box> attributes, which figure leads.

export const doc = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>`
  + '<script type="module" src="/fact-box.js"></script><style>fact-box{display:block;width:600px}</style></head>'
  + `<body>${body}</body></html>`;

export const EDITED = doc('en', `<main><article lang="en">
<fact-box categories="injured killed detained" max="3" heading="The toll" heading-level="3" about-href="/about/factbox?x=1"></fact-box>
<p>At least 26 people were killed and 140 were injured in the attack, the health ministry said.</p>
<p>Officials said later that <data value="31" data-factbox="killed">thirty-one people</data> had died in hospital.</p>
<p data-factbox-skip>An earlier report said 19 people were killed.</p>
<p>Police said <data value="12" data-factbox="detained">12 people were killed</data> in a raid.</p>
<p>Another 15 people were injured on Tuesday.</p>
<p>The army sent 300 troops and the government pledged <data value="2000000" data-factbox="money" data-factbox-unit="usd">two million</data> in aid.</p>
</article></main>`);

export const EDITED_AR = doc('ar', `<main><article lang="ar" dir="rtl"><fact-box about-href="javascript:alert(1)"></fact-box>
<p>وأعلنت وزارة الداخلية مقتل 26 محتجاً خلال التظاهرات.</p>
<p>وقالت الشرطة إن <data value="40" data-factbox="injured">عشرات</data> أصيبوا.</p>
</article></main>`);

export const LEAD = doc('en', `<main><article lang="en"><fact-box></fact-box>
<p>Dozens of people were killed when the school collapsed, witnesses said.</p>
<p>The health ministry said 29 children were killed in the collapse.</p>
<p>Rescuers said the 29 children were pulled from the rubble on Monday.</p>
<p>Earlier in the day, 20 people were injured. By evening, 35 people were injured.</p>
</article></main>`);

export const NO_ARTICLE = doc('en', `<div class="top"><fact-box></fact-box><p>Breaking: 310 killed in floods.</p></div>
<div class="layout"><div class="col"><p>Short teaser: 200 killed.</p></div>
<div class="text" id="story"><p>At least 26 people were killed and 140 were injured in the attack, the health ministry said.</p>
<p>The army sent 300 troops to the province on Wednesday, officials said.</p>
<p>Rescue work went on through the night in the old town, and the roads were closed.</p></div></div>`);
