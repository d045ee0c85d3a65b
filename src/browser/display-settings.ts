/**
 * The display switch (src/components/DisplaySettings.astro): colour scheme and 「大字」, as one small
 * script that Base.astro inlines at the top of <head> on every page (and allows in the CSP by its
 * hash). Running before the body is parsed, it puts the remembered choice on <html> before first
 * paint: data-theme="light|dark" (absent: follow the system), data-text="large", and data-js, which
 * shows the switch. The browser's own bar follows the choice too: of the two theme-color metas
 * (one per system scheme), the chosen scheme's applies always and the other never. It listens on the document, so the switch works without another file; on
 * DOMContentLoaded it marks the switch with the current choice. Choices live in localStorage (if
 * storage is switched off, a choice holds for the page).
 *
 * Plain ES5 in a string, written small: it is inlined into every page, and troubleshooter pages
 * have a 12 KB budget for all their JavaScript (tests/site/troubleshooter.test.ts).
 */
export const displaySettingsScript = `(function(d,T,X){
function get(k){try{return localStorage.getItem(k)}catch(e){}}
function put(k,v){try{v?localStorage.setItem(k,v):localStorage.removeItem(k)}catch(e){}}
function set(n,v){v?d.setAttribute(n,v):d.removeAttribute(n)}
function all(s,f){[].forEach.call(document.querySelectorAll(s),f)}
var t=get(T);
function tc(){all('meta[name=theme-color]',function(m){var o=m.getAttribute('data-media')||m.media;m.setAttribute('data-media',o);m.media=t?(o.indexOf(t)<0?'not all':'all'):o})}
d.setAttribute('data-js','');
set('data-theme',(t=='light'||t=='dark')&&t);
set('data-text',get(X)=='large'&&'large');
document.addEventListener('DOMContentLoaded',function(){tc();
all('[name='+T+']',function(r){r.checked=r.value==(d.getAttribute('data-theme')||'system')});
all('[data-large-text]',function(b){b.setAttribute('aria-pressed',d.hasAttribute('data-text'))})});
document.addEventListener('change',function(e){var r=e.target;if(r.name==T){t=r.value!='system'&&r.value;set('data-theme',t);put(T,t);tc()}});
document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-large-text]');if(b){var v=!d.hasAttribute('data-text')&&'large';set('data-text',v);put(X,v);b.setAttribute('aria-pressed',!!v)}})
})(document.documentElement,'display-theme','display-text')`;
