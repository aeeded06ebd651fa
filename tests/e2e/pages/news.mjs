// The news pages of newspage.mjs (Chromium) and engines.mjs (Firefox,
// WebKit): the story of tests/e2e/pages/story-*.txt inside a news site's
// furniture, every piece of which carries figures of its own.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../serve.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page furniture's words, per language; each piece carries figures that must not reach the box. */
export const WORDS = {
  en: {
    dir: 'ltr', title: 'Earthquake in Ardel', brand: 'The Daily Figure',
    ticker: 'Breaking: 310 killed in floods upriver, 90 missing', crumbs: ['Home', 'World', 'Asia'],
    byline: 'By Jane Doe, 45 years on the beat', dateline: 'ARDEL, June 3 — updated 14:20', shares: '1,245 shares · 87 comments',
    caption: 'Rescuers recover 45 bodies from a collapsed school. Photo: 2026',
    readAlso: 'Read also', related: ['Flood kills 120 people in the delta', 'Storm leaves 33 injured on the coast', '18 detained after riots'],
    tweet: 'At least 90 dead and 500 injured, the local governor says #quake', tweetBy: '— Local Reporter (@reporter) June 3, 2026',
    readMore: 'Read more:', readMoreLink: '250 soldiers sent to the border',
    ad: 'Advertisement', adFill: 'Win 500 riyals today! 70% off everything',
    newsletter: 'Join 40,000 readers: 5 stories every morning.', tags: ['Earthquake', 'Ardel', 'Top 10'],
    author: 'Jane Doe has reported from 12 wars and won 3 awards.', comments: ['I lost 3 relatives in the 2009 quake, 50 people died then.', 'Send 1,000 troops now!'],
    mostRead: 'Most read',
    teasers: ['About 200 killed and dozens missing after a ferry sank', 'Officials say 1,500 people were injured in the blast', '7,000 troops deployed as protests spread'],
    footer: '© 2026 The Daily Figure · 5 million readers a month',
  },
  ar: {
    dir: 'rtl', title: 'زلزال في أرديل', brand: 'الرقم اليومي',
    ticker: 'عاجل: مقتل 310 أشخاص في فيضانات وفقدان 90', crumbs: ['الرئيسية', 'العالم', 'آسيا'],
    byline: 'بقلم هدى علي، 45 عاماً في المهنة', dateline: 'أرديل، 3 يونيو — آخر تحديث 14:20', shares: '1,245 مشاركة · 87 تعليقاً',
    caption: 'مسعفون ينتشلون 45 جثة من مدرسة منهارة. تصوير: 2026',
    readAlso: 'اقرأ أيضاً', related: ['مقتل 120 شخصاً في فيضان الدلتا', 'إصابة 33 شخصاً في عاصفة على الساحل', 'اعتقال 18 شخصاً بعد أعمال شغب'],
    tweet: 'مقتل 90 شخصاً على الأقل وإصابة 500 بحسب المحافظ #زلزال', tweetBy: '— مراسل محلي (@reporter) 3 يونيو 2026',
    readMore: 'اقرأ المزيد:', readMoreLink: 'إرسال 250 جندياً إلى الحدود',
    ad: 'إعلان', adFill: 'اربح 500 ريال اليوم! خصم 70% على كل شيء',
    newsletter: 'انضم إلى 40 ألف قارئ: 5 قصص كل صباح.', tags: ['زلزال', 'أرديل', 'أهم 10'],
    author: 'غطّت هدى علي 12 حرباً وفازت بـ3 جوائز.', comments: ['فقدت 3 من أقاربي في زلزال 2009، مات 50 شخصاً حينها.', 'أرسلوا 1000 جندي الآن!'],
    mostRead: 'الأكثر قراءة',
    teasers: ['مقتل نحو 200 شخص وفقدان العشرات بعد غرق عبارة', 'مسؤولون: إصابة 1500 شخص في الانفجار', 'نشر 7 آلاف جندي مع اتساع الاحتجاجات'],
    footer: '© 2026 الرقم اليومي · 5 ملايين قارئ شهرياً',
  },
};

/** Figures that only the furniture gives, in both languages: none may be in the box. */
export const FURNITURE_VALUES = [310, 90, 45, 120, 33, 18, 500, 250, 70, 1245, 87, 40000, 200, 1500, 7000, 1000, 50];

/**
 * A news page around the story `paras`. `box`: where the <fact-box> stands
 * ("story": first thing in the story body; "sidebar": at the top of the
 * "most read" sidebar); `itemprop`: whether the body is marked articleBody.
 */
function page(lang, paras, { box, itemprop = true }) {
  const w = WORDS[lang];
  const story = paras.map((p) => `<p>${esc(p)}</p>`);
  const link = (t) => `<a href="/story/${encodeURIComponent(t)}">${esc(t)}</a>`;
  // Furniture between the story's paragraphs, as a CMS places it.
  const body = [
    box === 'story' ? '<fact-box></fact-box>' : '',
    '<div class="share-bar" data-share="top"><span class="share-count">' + esc(w.shares) + '</span></div>',
    story[0],
    `<figure><img alt="" width="10" height="10"><figcaption>${esc(w.caption)}</figcaption></figure>`,
    story[1],
    `<div class="read-also"><h3>${esc(w.readAlso)}</h3><ul>${w.related.map((t) => `<li>${link(t)}</li>`).join('')}</ul></div>`,
    story[2],
    `<blockquote class="twitter-tweet"><p lang="${lang}">${esc(w.tweet)}</p>${esc(w.tweetBy)} <a href="https://twitter.com/x/status/1">June 3</a></blockquote>`,
    story[3],
    `<div class="in-article-ad" id="div-gpt-ad-1718-0" aria-label="${esc(w.ad)}"></div>`,
    `<p>${esc(w.readMore)} ${link(w.readMoreLink)}</p>`,
    story[4],
    `<div class="newsletter-signup"><p>${esc(w.newsletter)}</p></div>`,
  ].join('\n');
  return `<!doctype html><html lang="${lang}" dir="${w.dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(w.title)}</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif} main{display:flex;gap:2rem;padding:1rem} .story{flex:3} .sidebar{flex:1}
fact-box{display:block}</style>
<script type="module" src="/fact-box.js"></script><script type="module" src="/t/fill-ad.js"></script></head><body>
<header class="site-header"><p class="brand">${esc(w.brand)}</p><div class="breaking-ticker" role="marquee"><p>${esc(w.ticker)}</p></div>
<nav><a href="/">${esc(w.crumbs[0])}</a></nav></header>
<div class="ad-leaderboard" id="div-gpt-ad-1000-0"><p>${esc(w.adFill)}</p></div>
<main>
<article class="story">
<nav class="breadcrumbs" aria-label="Breadcrumb">${w.crumbs.map(link).join(' › ')}</nav>
<header><h1>${esc(w.title)}</h1><p class="byline">${esc(w.byline)}</p><p class="dateline">${esc(w.dateline)}</p></header>
<div class="story-body"${itemprop ? ' itemprop="articleBody"' : ''}>
${body}
</div>
<ul class="tags">${w.tags.map((t) => `<li>${link(t)}</li>`).join('')}</ul>
<div class="author-box"><p>${esc(w.author)}</p></div>
<section id="comments"><h2>Comments</h2>${w.comments.map((c) => `<article class="comment"><p>${esc(c)}</p></article>`).join('')}</section>
</article>
<aside class="sidebar">${box === 'sidebar' ? '<fact-box></fact-box>' : ''}<h2>${esc(w.mostRead)}</h2>
${w.teasers.map((t) => `<article class="teaser"><h3>${link(t)}</h3><p>${esc(t)}.</p></article>`).join('\n')}
</aside>
</main>
<footer><p>${esc(w.footer)}</p></footer>
</body></html>`;
}

// The in-article ad fills 1.5 s after load, as an ad network's script does.
const FILL_AD = `setTimeout(() => {
  const slot = document.getElementById('div-gpt-ad-1718-0');
  const p = document.createElement('p');
  p.textContent = document.documentElement.lang === 'ar' ? ${JSON.stringify(WORDS.ar.adFill)} : ${JSON.stringify(WORDS.en.adFill)};
  slot.append(p);
  slot.dataset.filled = '';
}, 1500);`;

/**
 * The pages for `serve` (/t/{en,ar}-{story,sidebar,sidebar-plain}.html and
 * the ad's script) and each language's story: its text, paragraphs, file.
 */
export async function newsPages() {
  const STORIES = {};
  const pages = { '/t/fill-ad.js': { html: FILL_AD, headers: { 'Content-Type': 'text/javascript' } } };
  for (const lang of ['en', 'ar']) {
    const text = await readFile(join(ROOT, `tests/e2e/pages/story-${lang}.txt`), 'utf8');
    const paras = text.split('\n\n').map((p) => p.trim()).filter(Boolean);
    STORIES[lang] = { text: paras.join('\n\n'), paras, file: join(ROOT, `tests/e2e/pages/story-${lang}.txt`) };
    pages[`/t/${lang}-story.html`] = page(lang, paras, { box: 'story' });
    pages[`/t/${lang}-sidebar.html`] = page(lang, paras, { box: 'sidebar' });
    pages[`/t/${lang}-sidebar-plain.html`] = page(lang, paras, { box: 'sidebar', itemprop: false });
  }
  return { pages, STORIES };
}
