import type { LocalText } from '../../data/manifest/manifest-types';

/** A text in Thai, then in English (smaller) when it differs: the builder shows both. */
export function Both({ text }: { readonly text: LocalText }) {
  return (
    <>
      <span lang="th">{text.th}</span>
      {text.en === text.th ? null : (
        <span lang="en" className="admin-en">
          {text.en}
        </span>
      )}
    </>
  );
}
