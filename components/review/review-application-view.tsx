import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { getApplicationForStaff } from "@/lib/applications/read/get-application-for-staff";
import { Timeline } from "@/components/application/timeline";
import { Alert } from "@/components/ui/alert";
import { ApplicationSummary } from "./application-summary";
import { DepartmentParts } from "./department-parts";
import { ApplicationAnswers } from "./application-answers";
import { ApplicationMaterials } from "./application-materials";
import { ActionPanel } from "./action-panel";
import { SLOT, TextWith } from "./text-with";
import { ClientStrings } from "@/components/i18n/client-strings";

// One application as its reviewer sees it, and the actions the state machine allows them now. Another
// department's application is "not found" (getApplicationForStaff audits the attempt), whatever the URL says.
export async function ReviewApplicationView({ locale, id }: { locale: Locale; id: string }) {
  const user = await requireRole(locale, ["reviewer", "admin"], `/${locale}/review/applications/${id}`);
  const t = await getT(locale, "workbench");
  if (user.role !== "reviewer" || !user.department) {
    return (
      <>
        <h1 className="text-3xl font-bold mb-4">{t("detail.pageTitle")}</h1>
        <Alert tone="info">
          <p className="text-lg">{t("queue.noDepartment")}</p>
        </Alert>
      </>
    );
  }
  const app = await getApplicationForStaff({ id: user.id, role: "reviewer", departmentId: user.department.id }, id);
  if (!app) notFound();
  const choices = {
    materials: app.service.materials.map((m) => ({ id: m.id, title: m.title[locale] })),
    legalBasis: app.service.legalBasis.map((b) => b[locale]),
  };
  return (
    <>
      <p className="mb-2">
        <Link href={`/${locale}/review`} className="inline-flex min-h-11 items-center text-lg">
          {t("detail.back")}
        </Link>
      </p>
      <p className="text-lg text-muted">{app.service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-6 [overflow-wrap:anywhere]">
        <TextWith text={t("detail.title", { reference: SLOT })} value={app.reference ?? ""} dir="ltr" />
      </h1>
      <div className="grid gap-x-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] senior:grid-cols-1">
        <div className="min-w-0">
          <ApplicationSummary app={app} locale={locale} />
          <DepartmentParts app={app} locale={locale} />
          <ApplicationAnswers app={app} locale={locale} />
          <ApplicationMaterials app={app} locale={locale} />
        </div>
        <div className="min-w-0">
          <section aria-labelledby="actions-heading" className="mb-8">
            <h2 id="actions-heading" className="text-2xl font-bold mb-3">
              {t("detail.actions")}
            </h2>
            <ClientStrings locale={locale} pick={["workbench", "errors", "validation", "tracking"]}>
              <ActionPanel applicationId={app.id} actions={app.actions} choices={choices} />
            </ClientStrings>
          </section>
          <Timeline entries={app.timeline} locale={locale} service={app.service} />
        </div>
      </div>
    </>
  );
}
