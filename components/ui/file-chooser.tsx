"use client";
import { buttonClasses } from "./button-classes";

type Props = {
  id: string;
  chooseText: string;
  describedBy?: string;
  invalid?: boolean;
  onFiles: (files: FileList | null) => void;
};

// The browser's own file button speaks the browser's language, not the page's: the real input lies invisibly over a
// localized button-like label (still focusable, labelled and full-size: 60 px in senior mode). The second label
// makes the visible words part of the input's name (2.5.3). Shared by form file fields and supplement uploads.
export function FileChooser({ id, chooseText, describedBy, invalid, onFiles }: Props) {
  return (
    <span className="relative inline-flex">
      <input
        id={id}
        type="file"
        multiple
        accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        className="peer file-overlay"
        onChange={(e) => {
          onFiles(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <label
        htmlFor={id}
        className={`${buttonClasses.secondary} peer-focus-visible:outline-3 peer-focus-visible:outline-ink peer-focus-visible:outline-offset-2 peer-focus-visible:shadow-[0_0_0_6px_var(--color-focus)]`}
      >
        <span aria-hidden="true">⇪</span> {chooseText}
      </label>
    </span>
  );
}
