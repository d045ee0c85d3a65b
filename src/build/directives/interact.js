/**
 * client:interact — hydrate an island when the reader first touches it (focus, pointer, key),
 * not on page load: a box at the end of a page costs nothing until someone uses it. Until then
 * its server-rendered form works as a plain form.
 */
export default (load, _options, el) => {
  let started;
  const hydrate = () => { started ??= load().then((run) => run()); };
  for (const type of ['focusin', 'pointerdown', 'keydown']) el.addEventListener(type, hydrate, { once: true });
};
