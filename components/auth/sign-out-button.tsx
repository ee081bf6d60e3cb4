"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslation } from "react-i18next";
import { buttonClasses } from "@/components/ui/button-classes";

export function SignOutButton({ to }: { to: string }) {
  const { t } = useTranslation("auth");
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={buttonClasses.primary}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ redirect: false });
        window.location.assign(to);
      }}
    >
      {t("signOut.submit")}
    </button>
  );
}
