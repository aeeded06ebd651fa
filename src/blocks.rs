//! The wasm's memory allocator: blocks of a power of two bytes, a free list
//! per size, memory taken from the engine a page at a time and never given
//! back (a wasm memory cannot shrink anyway).
//!
//! std's allocator on wasm32 is dlmalloc, 8 KB of the wasm (3.5 KB gzipped,
//! more than a tenth of what the box's own code weighs). A page mounts a
//! box or two and extracts a few articles: what it allocates comes back in
//! the same few sizes, which free lists per size serve in a few instructions
//! each. The price is up to twice the bytes for a block (a 10 MB article's
//! buffers take more memory than with dlmalloc, none of it for long).
//! Single-threaded: the wasm has no threads.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// The smallest block, 2^3 bytes: room for the free list's link.
const MIN: u32 = 3;

/// A wasm memory page.
const PAGE: usize = 65536;

struct Heap {
    /// Per size 2^k, the first free block; each free block holds the next.
    free: [usize; usize::BITS as usize],
    /// The untouched memory: `top..end`.
    top: usize,
    end: usize,
}

pub struct Blocks(UnsafeCell<Heap>);

// The wasm is single-threaded.
unsafe impl Sync for Blocks {}

#[global_allocator]
static BLOCKS: Blocks = Blocks(UnsafeCell::new(Heap { free: [0; usize::BITS as usize], top: 0, end: 0 }));

/// The size class of `layout`: k for blocks of 2^k bytes, which hold it
/// whole and, from the free list, at an alignment of at least 8.
fn class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(1 << MIN);
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

impl Heap {
    /// A new block of 2^k bytes aligned to `align`, from the untouched
    /// memory, grown by whole pages when it runs out; null when the engine
    /// refuses more memory.
    fn carve(&mut self, k: usize, align: usize) -> *mut u8 {
        let Some(size) = 1usize.checked_shl(k as u32).filter(|&s| s <= isize::MAX as usize) else {
            return std::ptr::null_mut();
        };
        let align = align.max(1 << MIN);
        let mut at = (self.top + align - 1) & !(align - 1);
        if self.top == 0 || at.checked_add(size).is_none_or(|e| e > self.end) {
            // A megabyte at least: each growth also costs the glue its views of the memory.
            let pages = (size.div_ceil(PAGE) + 1).max(16);
            let before = core::arch::wasm32::memory_grow(0, pages);
            if before == usize::MAX {
                return std::ptr::null_mut();
            }
            // The memory grows at its end: contiguous with `end` unless
            // something else grew it (nothing does), else a fresh start.
            if before * PAGE != self.end {
                self.top = before * PAGE;
            }
            self.end = (before + pages) * PAGE;
            at = (self.top + align - 1) & !(align - 1);
        }
        self.top = at + size;
        at as *mut u8
    }
}

unsafe impl GlobalAlloc for Blocks {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: single-threaded, and no allocation runs inside another.
        let heap = unsafe { &mut *self.0.get() };
        let k = class(layout);
        let head = heap.free[k];
        // Free blocks are 8-aligned at least; a stricter alignment (rare)
        // takes a new block.
        if head != 0 && layout.align() <= 1 << MIN {
            // SAFETY: a free block holds the address of the next one.
            heap.free[k] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        heap.carve(k, layout.align())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as in `alloc`; `ptr` is a block of `layout`'s class.
        let heap = unsafe { &mut *self.0.get() };
        let k = class(layout);
        unsafe { *(ptr as *mut usize) = heap.free[k] };
        heap.free[k] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's guarantees for `realloc`: `new_size` with
        // `layout`'s alignment is a valid layout.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(new) == class(layout) {
            return ptr;
        }
        let to = unsafe { self.alloc(new) };
        if !to.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        to
    }
}
