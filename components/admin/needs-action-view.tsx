import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { requireRole } from "@/lib/auth/require-role";
import { formatDateTime } from "@/lib/format/dates";
import { getService } from "@/lib/services";
import { listNeedsAction, type FailedMessage } from "@/lib/operations/list-needs-action";
import type { FailedJob } from "@/lib/operations/failed-jobs";
import {
  dismissJobAction,
  resolveMessageAction,
  retryJobAction,
  retryMessageAction,
} from "@/lib/operations/actions/needs-action-actions";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

export type NeedsActionQuery = { done?: string; item?: string };

const outcomes = ["messageRetried", "messageResolved", "jobRetried", "jobDismissed", "gone", "note"] as const;

// The administrator's "needs action" list: what failed after a resident or clerk was told it was done (an SMS that
// failed every try, a background job that failed every retry). Each item is retried or settled with a note; nothing
// leaves the list by itself. Everything shown comes masked from lib/operations/list-needs-action.ts.
export async function NeedsActionView({ locale, query }: { locale: Locale; query: NeedsActionQuery }) {
  const admin = await requireRole(locale, ["admin"], `/${locale}/admin/needs-action`);
  const t = await getT(locale, "staff");
  const list = await listNeedsAction(admin);
  const outcome = outcomes.find((o) => o === query.done);
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t("needsAction.title")}</h1>
      <p className="text-lg mb-4 max-w-3xl">{t("needsAction.intro")}</p>
      {outcome && (
        <Alert tone={outcome === "note" || outcome === "gone" ? "error" : "success"} live>
          <p className="text-lg">{t(`needsAction.done.${outcome}`)}</p>
        </Alert>
      )}
      <section aria-labelledby="failed-messages" className="mb-8">
        <h2 id="failed-messages" className="text-2xl font-bold mb-3">
          {t("needsAction.messages.title", { n: isolate(String(list.messagesTotal)) })}
        </h2>
        {list.messages.length === 0 ? (
          <p className="text-lg">{t("needsAction.messages.none")}</p>
        ) : (
          <ul className="space-y-4">
            {list.messages.map((m) => (
              <MessageItem key={m.id} m={m} locale={locale} t={t} noteError={query.item === m.id} />
            ))}
          </ul>
        )}
        {list.messagesTotal > list.messages.length && (
          <p className="text-lg mt-3">
            {t("needsAction.more", {
              shown: isolate(String(list.messages.length)),
              total: isolate(String(list.messagesTotal)),
            })}
          </p>
        )}
      </section>
      <section aria-labelledby="failed-jobs">
        <h2 id="failed-jobs" className="text-2xl font-bold mb-3">
          {t("needsAction.jobs.title", { n: isolate(String(list.jobsTotal)) })}
        </h2>
        {list.jobs.length === 0 ? (
          <p className="text-lg">{t("needsAction.jobs.none")}</p>
        ) : (
          <ul className="space-y-4">
            {list.jobs.map((j) => (
              <JobItem key={j.id} j={j} locale={locale} t={t} noteError={query.item === j.id} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type T = Awaited<ReturnType<typeof getT>>;

function MessageItem({ m, locale, t, noteError }: { m: FailedMessage; locale: Locale; t: T; noteError: boolean }) {
  const service = m.application
    ? (getService(m.application.serviceSlug)?.title[locale] ?? m.application.serviceSlug)
    : null;
  const noteId = `note-m-${m.id}`;
  return (
    <li className="border-2 border-ink rounded-md p-4">
      <h3 className="text-xl font-bold mb-2">
        {t(`needsAction.kind.${m.kind === "code" || m.kind === "status" ? m.kind : "notice"}`)}
        {service && ` · ${service}`}
      </h3>
      <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-lg mb-3">
        <dt className="font-semibold">{t("needsAction.phone")}</dt>
        <dd>
          <bdi dir="ltr">{m.phone}</bdi>
        </dd>
        {m.application?.reference && (
          <>
            <dt className="font-semibold">{t("needsAction.reference")}</dt>
            <dd>{isolate(m.application.reference)}</dd>
          </>
        )}
        <dt className="font-semibold">{t("needsAction.queuedAt")}</dt>
        <dd>{formatDateTime(m.createdAt, locale)}</dd>
        <dt className="font-semibold">{t("needsAction.tries")}</dt>
        <dd>{t("needsAction.triesValue", { n: isolate(String(m.attempts)) })}</dd>
        <dt className="font-semibold">{t("needsAction.lastError")}</dt>
        <dd>
          <code lang="en" dir="ltr" className="break-all">
            {m.lastError ?? "—"}
          </code>
        </dd>
      </dl>
      {m.canRetry ? (
        <form action={retryMessageAction} className="mb-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={m.id} />
          <button type="submit" className={buttonClasses.primary}>
            {t("needsAction.retryMessage")}
          </button>
        </form>
      ) : (
        <p className="text-lg mb-3">{t("needsAction.codeNoRetry")}</p>
      )}
      <form action={resolveMessageAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={m.id} />
        <TextField
          id={noteId}
          name="note"
          label={t("needsAction.note")}
          hint={t("needsAction.noteHint")}
          error={noteError ? t("needsAction.done.note") : undefined}
          maxLength={200}
          required
        />
        <button type="submit" className={buttonClasses.secondary}>
          {t("needsAction.resolve")}
        </button>
      </form>
    </li>
  );
}

function JobItem({ j, locale, t, noteError }: { j: FailedJob; locale: Locale; t: T; noteError: boolean }) {
  const noteId = `note-j-${j.id}`;
  return (
    <li className="border-2 border-ink rounded-md p-4">
      <h3 className="text-xl font-bold mb-2">{t(`needsAction.job.${j.name}`, { defaultValue: j.name })}</h3>
      <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-lg mb-3">
        <dt className="font-semibold">{t("needsAction.failedAt")}</dt>
        <dd>{j.failedAt ? formatDateTime(j.failedAt, locale) : "—"}</dd>
        <dt className="font-semibold">{t("needsAction.tries")}</dt>
        <dd>{t("needsAction.triesValue", { n: isolate(String(j.tries)) })}</dd>
        <dt className="font-semibold">{t("needsAction.lastError")}</dt>
        <dd>
          <code lang="en" dir="ltr" className="break-all">
            {j.error || "—"}
          </code>
        </dd>
      </dl>
      <form action={retryJobAction} className="mb-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="job" value={j.name} />
        <input type="hidden" name="id" value={j.id} />
        <button type="submit" className={buttonClasses.primary}>
          {t("needsAction.retryJob")}
        </button>
      </form>
      <form action={dismissJobAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="job" value={j.name} />
        <input type="hidden" name="id" value={j.id} />
        <TextField
          id={noteId}
          name="note"
          label={t("needsAction.note")}
          hint={t("needsAction.dismissHint")}
          error={noteError ? t("needsAction.done.note") : undefined}
          maxLength={200}
          required
        />
        <button type="submit" className={buttonClasses.secondary}>
          {t("needsAction.dismiss")}
        </button>
      </form>
    </li>
  );
}
