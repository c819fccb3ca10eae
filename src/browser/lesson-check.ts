// Check copies the chosen answer's explanation from the reveal into the live region. It walks
// the markup of src/components/lesson/LessonCheck.astro by position, to stay small: the form,
// then its fieldset, live region and actions; the reveal last, its summary before one answer per
// option. The form's method is "dialog", so submitting it never leaves the page; the radios are
// required, so the browser itself asks for a choice first; retry is a reset button.
customElements.define(
  'lesson-check',
  class extends HTMLElement {
    connectedCallback() {
      const form = this.firstElementChild as HTMLFormElement;
      const out = form.children[1];
      form.onsubmit = () => {
        const picked = (form[this.id] as RadioNodeList).value;
        out.replaceChildren(this.lastElementChild!.children[+picked + 1].cloneNode(true));
      };
      form.onreset = () => {
        out.replaceChildren();
        // elements[0] is the fieldset, [1] the first radio.
        (form[1] as HTMLElement).focus();
      };
    }
  },
);
