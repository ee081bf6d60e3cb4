// Which steps and fields a person sees, given the channel and their answers so far. Pure.
import { holds } from "./conditions";
import type { Answers, Channel, FieldDef, ServiceDef, StepDef } from "./types";

export function fieldVisible(field: FieldDef, answers: Answers, channel: Channel): boolean {
  return (!field.channels || field.channels.includes(channel)) && holds(field.showWhen, answers);
}

export function visibleFields(step: StepDef, answers: Answers, channel: Channel): FieldDef[] {
  return step.fields.filter((f) => fieldVisible(f, answers, channel));
}

export function visibleSteps(service: ServiceDef, answers: Answers, channel: Channel): StepDef[] {
  return service.steps.filter(
    (s) =>
      (!s.channels || s.channels.includes(channel)) &&
      holds(s.showWhen, answers) &&
      visibleFields(s, answers, channel).length > 0,
  );
}

export function stepNeighbours(service: ServiceDef, stepId: string, answers: Answers, channel: Channel) {
  const steps = visibleSteps(service, answers, channel);
  const i = steps.findIndex((s) => s.id === stepId);
  return {
    index: i,
    total: steps.length,
    previous: i > 0 ? steps[i - 1] : undefined,
    next: i >= 0 ? steps[i + 1] : undefined,
  };
}

/** Answers of fields that are no longer visible are dropped (a branch the person left must not be submitted). */
export function pruneAnswers(service: ServiceDef, answers: Answers, channel: Channel): Answers {
  const keep = new Set(
    visibleSteps(service, answers, channel).flatMap((s) => visibleFields(s, answers, channel).map((f) => f.name)),
  );
  return Object.fromEntries(Object.entries(answers).filter(([k]) => keep.has(k)));
}
