import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { listUploadNames } from "@/lib/applications/uploads/list-upload-names";
import { stepNeighbours, visibleFields, visibleSteps } from "@/lib/form-engine/journey";
import { loadFieldSources, loadHouseholdSources, loadProfileSnapshot } from "@/lib/profile/load-profile";
import { answersFromProfile, mergePrefill, prefillAnswers } from "@/lib/profile/prefill";
import {
  describeHousehold,
  describePrefillSource,
  howOf,
  sourceKeys,
  type SourceDescription,
} from "@/lib/profile/prefill-provenance";
import { membersFor, pickValues } from "@/lib/profile/household-pick";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { isMaskedChannel, maskMember, maskAnswers } from "@/lib/form-engine/mask-answers";
import { isLtrKind } from "@/lib/form-engine/ltr-kinds";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import type { Acting } from "@/lib/applications/acting";
import { openDraft } from "@/lib/applications/draft/open-draft";
import { applyPath, servicePath } from "@/lib/applications/paths";
import { goInstead } from "@/components/application/go-instead";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { StepForm, type PickMember, type SummaryRow } from "./step-form";
import { KindTraitsProvider } from "./kind-traits";
import { kindTraitsFor } from "@/lib/form-engine/field-kinds/kind-traits";
import { StepProgress } from "./step-progress";
import { FormChannelProvider } from "./form-channel";
import { ClientStrings } from "@/components/i18n/client-strings";

// One step of an application, at its own URL (Back, refresh and bookmarks work), for every channel: the resident
// online or at a terminal, or a clerk at the window (`acting` says who, for whom, where). A step whose answers all
// come from the profile is shown as a summary card to confirm; `?change=1` shows its fields to edit.
export async function StepView({
  locale,
  slug,
  stepId,
  change = false,
  acting,
}: {
  locale: Locale;
  slug: string;
  stepId: string;
  change?: boolean;
  acting: Acting;
}) {
  const { channel, applicantId } = acting;
  // The use case decides whether this draft opens for whoever acts (consent, channel, ownership).
  const opened = await openDraft(acting, slug);
  if (!opened.ok) goInstead(acting, slug, opened);
  const { service, draft } = opened;
  const steps = visibleSteps(service, draft.answers, channel);
  const step = steps.find((s) => s.id === stepId);
  if (!step) notFound();
  const { index, previous } = stepNeighbours(service, step.id, draft.answers, channel);
  const [t, uploadNames, profile, fieldSources, householdSources] = await Promise.all([
    getT(locale, "form"),
    listUploadNames(draft.id),
    loadProfileSnapshot(applicantId),
    loadFieldSources(applicantId),
    loadHouseholdSources(applicantId),
  ]);
  const today = todayInShanghai();
  // One entry, shared across channels: what the profile knows fills what the person has not answered yet.
  const prefill = prefillAnswers(service, profile, { today });
  const { answers } = mergePrefill(draft.answers, prefill);
  const fromProfile = answersFromProfile(answers, prefill);
  const say = (d: SourceDescription) =>
    sourceKeys(d)
      .map((k) => t(k))
      .join(" · ");
  const household = describeHousehold(Object.values(householdSources));
  const notes = Object.fromEntries(
    Object.entries(fromProfile).map(([name, source]) => [
      name,
      say(source === "householdMembers" ? household : describePrefillSource(source, fieldSources)),
    ]),
  );
  const stepFields = visibleFields(step, answers, channel);
  const allFromProfile = stepFields.length > 0 && stepFields.every((f) => f.name in fromProfile);
  const summary: SummaryRow[] | undefined =
    allFromProfile && !change
      ? stepFields.map((f) => {
          const value =
            formatAnswer(f, answers[f.name], locale, { maskIds: true, maskMobiles: true, uploadNames }) ?? "";
          return {
            name: f.name,
            label: f.label[locale],
            value,
            source: notes[f.name] ?? "",
            ltr: isLtrKind(f.kind),
            lang: langOfTyped(value),
          };
        })
      : undefined;
  // At the window and the kiosk the page carries identifiers masked, never in full (mask-answers.ts).
  const shown = maskAnswers(service, answers, channel);
  const pick = step.householdPick;
  const offered: Omit<PickMember, "values">[] = pick
    ? membersFor(pick, profile.householdMembers ?? []).map((m) => {
        const p = householdSources[m.idNumber];
        return {
          // A member's ID number goes to a shared screen masked, like every other identifier.
          ...(isMaskedChannel(channel) ? maskMember(m) : m),
          relationLabel: t(`profile:relations.${m.relation}`, { defaultValue: m.relation }),
          note: say(p ? { origin: "household", how: howOf(p) } : { origin: "household" }),
        };
      })
    : [];
  const masks = isMaskedChannel(channel) ? [...shown.masks, ...offered.map((m) => m.idNumber)] : [];
  // What picking each member fills, checked against the fields' schemas here (the page loads them only later).
  const pickMembers: PickMember[] = offered.map((m) => ({
    ...m,
    values: pickValues(step, pick!, m, { today, masks }),
  }));
  return (
    <>
      <p className="text-lg text-muted">{service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-4">{step.title[locale]}</h1>
      <StepProgress
        steps={steps}
        currentId={step.id}
        locale={locale}
        label={t("progress")}
        stepOf={t("stepOf", { current: index + 1, total: steps.length })}
      />
      {step.intro && <p className="text-lg mb-6">{step.intro[locale]}</p>}
      {allFromProfile && change && (
        <div role="note" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md text-lg">
          {t("prefilledStep")}
        </div>
      )}
      <FormChannelProvider
        value={{
          locale,
          channel,
          applicantId,
          windowSession: acting.window?.sessionId,
          slug,
          basePath: applyPath(acting, slug),
        }}
      >
        <ClientStrings locale={locale} pick={["form", "validation", "errors", "window:keys"]}>
          <KindTraitsProvider value={kindTraitsFor(step.fields, locale)}>
            <StepForm
              step={step}
              answers={shown.answers}
              masks={masks}
              notes={notes}
              summaryCard={
                summary ? { rows: summary, changeHref: `${applyPath(acting, slug, step.id)}?change=1` } : undefined
              }
              pickMembers={pickMembers}
              today={today}
              backHref={
                previous
                  ? applyPath(acting, slug, previous.id)
                  : acting.window
                    ? acting.prefix
                    : servicePath(acting, slug)
              }
              uploadNames={uploadNames}
            />
          </KindTraitsProvider>
        </ClientStrings>
      </FormChannelProvider>
    </>
  );
}
