// The class album's viewer: a tap on a thumbnail opens the photo full screen in a <dialog> (next, previous, close;
// arrow keys and Escape), in the size the screen needs. Without this script each thumbnail is a plain link to the
// large photo.
const viewer = document.querySelector('[data-album-viewer]');
const links = [...document.querySelectorAll('[data-album] .album-link')];
if (viewer && links.length > 0 && typeof viewer.showModal === 'function') {
  const img = viewer.querySelector('img');
  const caption = viewer.querySelector('figcaption');
  const prev = viewer.querySelector('[data-album-prev]');
  const next = viewer.querySelector('[data-album-next]');
  let index = 0;
  let opener = null;

  const show = i => {
    index = (i + links.length) % links.length;
    const link = links[index];
    const thumb = link.querySelector('img');
    img.removeAttribute('src');
    img.srcset = link.dataset.srcset;
    img.sizes = '100vw';
    img.src = link.href;
    img.alt = thumb ? thumb.alt : '';
    caption.textContent = link.dataset.caption || '';
    caption.hidden = !link.dataset.caption;
    prev.hidden = next.hidden = links.length < 2;
  };

  links.forEach((link, i) => link.addEventListener('click', event => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    opener = link;
    show(i);
    viewer.showModal();
    viewer.querySelector('[data-album-close]').focus();
  }));
  prev.addEventListener('click', () => show(index - 1));
  next.addEventListener('click', () => show(index + 1));
  viewer.querySelector('[data-album-close]').addEventListener('click', () => viewer.close());
  viewer.addEventListener('keydown', event => {
    if (event.key === 'ArrowLeft') {
      show(index - 1);
    } else if (event.key === 'ArrowRight') {
      show(index + 1);
    }
  });
  // A tap on the dark backdrop (the dialog itself, not its content) closes it too.
  viewer.addEventListener('click', event => {
    if (event.target === viewer) {
      viewer.close();
    }
  });
  viewer.addEventListener('close', () => {
    img.removeAttribute('src');
    img.removeAttribute('srcset');
    opener?.focus();
  });
}
