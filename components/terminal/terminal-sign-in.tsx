"use client";
// Sign-in at a hall kiosk: the ID number, then the code sent to the phone on record. The ID number lives only in
// this component's memory (never in the URL, the history or storage), so nothing is left for the next person.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { terminalCodeAction } from "@/lib/terminal/terminal-code-action";
import { credentialsSignIn } from "@/components/auth/credentials-sign-in";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

export function TerminalSignIn({ locale }: { locale: string }) {
  const { t } = useTranslation("window");
  const [idNumber, setIdNumber] = useState("");
  const [stage, setStage] = useState<"id" | "code">("id");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    (stage === "id" ? idRef : codeRef).current?.focus();
  }, [stage]);

  async function sendCode(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await terminalCodeAction({ idNumber }).catch(() => ({ ok: false as const, reason: "wait" as const }));
    setBusy(false);
    if (r.ok) setStage("code");
    else setError(`terminal.error.${r.reason}`);
  }

  async function signIn(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get("code") ?? "");
    setBusy(true);
    setError(null);
    const r = await credentialsSignIn("terminal", { idNumber, code }).catch(() => ({ ok: false, error: "invalid" }));
    if (r.ok) {
      window.location.replace(`/${locale}/services`);
      return;
    }
    setBusy(false);
    setError("terminal.error.invalid");
  }

  return stage === "id" ? (
    <form onSubmit={sendCode} noValidate>
      <TextField
        ref={idRef}
        id="terminal-id"
        name="idNumber"
        label={t("terminal.idNumber")}
        hint={t("terminal.idNumberHint")}
        error={error ? t(error) : undefined}
        value={idNumber}
        onChange={(e) => setIdNumber(e.currentTarget.value)}
        dir="ltr"
        autoComplete="off"
        maxLength={18}
      />
      <button type="submit" className={buttonClasses.primary} disabled={busy}>
        {t("terminal.sendCode")}
      </button>
    </form>
  ) : (
    <form onSubmit={signIn} noValidate>
      <p role="status" className="text-lg mb-4">
        {t("terminal.codeSent")}
      </p>
      <TextField
        ref={codeRef}
        id="terminal-code"
        name="code"
        label={t("terminal.code")}
        hint={t("terminal.codeHint")}
        error={error ? t(error) : undefined}
        dir="ltr"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
      />
      <div className="flex flex-wrap gap-4">
        <button type="submit" className={buttonClasses.primary} disabled={busy}>
          {t("terminal.signIn")}
        </button>
        <button
          type="button"
          className={buttonClasses.secondary}
          onClick={() => {
            setIdNumber("");
            setError(null);
            setStage("id");
          }}
        >
          {t("terminal.otherId")}
        </button>
      </div>
    </form>
  );
}
