import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { L } from "@/lib/i18n/localized";
import { getService } from "@/lib/services";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDraft } from "@/lib/applications/draft/get-draft";
import { buttonClasses } from "@/components/ui/button-classes";
import { ReadAloud } from "@/components/a11y/read-aloud";
import { ClientStrings } from "@/components/i18n/client-strings";
import { BundleMembers } from "@/components/bundles/bundle-members";

// The service guide (办事指南): everything a person needs to know before applying, in the order of the national
// service-guide template, and one clear way to start.
export async function GuideView({ locale, slug }: { locale: Locale; slug: string }) {
  const service = getService(slug);
  if (!service) notFound();
  const [t, user] = await Promise.all([getT(locale, "services"), getCurrentUser()]);
  const draft = user?.role === "resident" ? await getDraft(user.id, service.code) : null;
  const start = `/${locale}/services/${slug}/apply`;

  return (
    <article>
      <p className="text-muted text-lg">{t("guide.label")}</p>
      <h1 className="text-3xl font-bold mb-3">{L(service.title, locale)}</h1>
      <ClientStrings locale={locale} pick={["a11y:readAloud"]}>
        <ReadAloud />
      </ClientStrings>
      <p className="text-lg mb-6 max-w-3xl">{L(service.summary, locale)}</p>
      <StartButton
        href={start}
        label={draft ? t("guide.continue") : user ? t("guide.start") : t("guide.signInToStart")}
      />

      {service.bundle && <BundleMembers locale={locale} members={service.bundle.members} />}

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg my-8 border-y-2 border-line py-4">
        <dt className="font-semibold">{t("guide.department")}</dt>
        <dd>{t(`departments.${service.department}`)}</dd>
        {service.coDepartments?.length ? (
          <>
            <dt className="font-semibold">{t("guide.coDepartments")}</dt>
            <dd>{service.coDepartments.map((d) => t(`departments.${d}`)).join(t("common:listSeparator"))}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("guide.timeLimits")}</dt>
        <dd>
          {t("guide.promisedDays", { days: service.promisedDays })}
          <br />
          {t("guide.legalDays", { days: service.legalDays })}
        </dd>
        <dt className="font-semibold">{t("guide.fee")}</dt>
        <dd>{L(service.fee, locale)}</dd>
        <dt className="font-semibold">{t("guide.code")}</dt>
        <dd>
          <bdi dir="ltr">{service.code}</bdi>
        </dd>
      </dl>

      <Section id="who" title={t("guide.whoCanApply")}>
        <p className="text-lg">{L(service.whoCanApply, locale)}</p>
      </Section>
      {/* A bundle has no conditions of its own: each member's are on the member's guide. */}
      {service.conditions.length > 0 && (
        <Section id="conditions" title={t("guide.conditions")}>
          <ul className="list-disc ps-6 text-lg space-y-1">
            {service.conditions.map((c, i) => (
              <li key={i}>{L(c, locale)}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="materials" title={t("guide.materials")}>
        <ul className="space-y-3 text-lg">
          {service.materials.map((m) => (
            <li key={m.id} className="border-s-4 border-brand-700 ps-4">
              <p className="font-semibold">{L(m.title, locale)}</p>
              <p>
                {m.required ? t("guide.required") : t("guide.optional")}
                {m.deferrable ? ` · ${t("guide.deferrable")}` : ""} · {t(`guide.materialForm.${m.form}`)}
              </p>
              {m.note && <p className="text-muted">{L(m.note, locale)}</p>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="channels" title={t("guide.channels")}>
        <ul className="list-disc ps-6 text-lg">
          {service.channels.map((c) => (
            <li key={c}>{t(`guide.channel.${c}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="result" title={t("guide.resultDelivery")}>
        <p className="text-lg">{L(service.resultDelivery, locale)}</p>
      </Section>
      <Section id="basis" title={t("guide.legalBasis")}>
        <ul className="list-disc ps-6 text-lg">
          {service.legalBasis.map((b, i) => (
            <li key={i}>{L(b, locale)}</li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title={t("guide.faq")}>
        <dl className="text-lg space-y-4">
          {service.faq.map((f, i) => (
            <div key={i}>
              <dt className="font-semibold">{L(f.q, locale)}</dt>
              <dd>{L(f.a, locale)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <StartButton
        href={start}
        label={draft ? t("guide.continue") : user ? t("guide.start") : t("guide.signInToStart")}
      />
    </article>
  );
}

function StartButton({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} prefetch={false} className={`${buttonClasses.primary} text-lg`}>
      {label}
    </Link>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="text-2xl font-bold mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
