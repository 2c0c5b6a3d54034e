// Photos are made small on the phone before they are sent: the server keeps at most PhotoSanitizer.MaxSide (1280 px)
// of any photo, so a 4 MB camera picture would cross a cheap mobile connection only to be thrown away, and ten of
// them would pass the 25 MB request limit (decision 0280). Each image chosen in an <input type=file data-shrink="N">
// is redrawn at most N pixels on its longest side as a JPEG, upright (the browser applies the EXIF orientation), with
// no EXIF or GPS left in it, before the form is sent (by the browser, or by the page's own script through shrinkInputs). A file the browser cannot draw (HEIC on some phones)
// or already small enough goes as it is; without this script, or without canvas support, the originals go.
const QUALITY = 0.9;

async function shrink(file, maxSide) {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return file;
  let bitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.type === 'image/jpeg') return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    // A transparent PNG would turn black in a JPEG.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    if (!blob || blob.size >= file.size) return file;
    const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
    return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}

/** Replaces the files of every <input type=file data-shrink> in the form by their shrunk copies. */
export async function shrinkInputs(form) {
  if (typeof DataTransfer !== 'function') return;
  for (const input of form.querySelectorAll('input[type=file][data-shrink]')) {
    if (input.files.length === 0) continue;
    const maxSide = Number(input.dataset.shrink) || 1280;
    try {
      const files = await Promise.all([...input.files].map((file) => shrink(file, maxSide)));
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
    } catch {
      // The originals go: the server still checks and shrinks them.
    }
  }
}

// A plain form (the album's upload) marked data-shrink-submit: shrink, then send it as the browser would have.
for (const form of document.querySelectorAll('form[data-shrink-submit]')) {
  let ready = false;
  form.addEventListener('submit', async (event) => {
    if (ready || ![...form.querySelectorAll('input[type=file][data-shrink]')].some((i) => i.files.length > 0)) return;
    event.preventDefault();
    const submitter = event.submitter;
    const buttons = [...form.querySelectorAll('button[type=submit]')];
    const labels = buttons.map((button) => button.innerHTML);
    for (const button of buttons) {
      button.disabled = true;
      // A cheap phone may take a few seconds over ten photos: say why the button waits.
      if (button === submitter && form.dataset.shrinkingText) button.textContent = form.dataset.shrinkingText;
    }
    form.setAttribute('aria-busy', 'true');
    await shrinkInputs(form);
    buttons.forEach((button, i) => {
      button.disabled = false;
      button.innerHTML = labels[i];
    });
    form.removeAttribute('aria-busy');
    ready = true;
    form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
  });
}
