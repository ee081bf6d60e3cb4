// The vocabulary of service definitions. Everything here is plain data (no functions), so a service definition
// can be passed from server to client components, stored, diffed and tested. Conditions and prefill sources are
// declarative for the same reason (see ARCHITECTURE.md; our deviation from function predicates is noted in NOTES.md).
import type { FieldKind } from "./field-kinds/kind";
import type { AssuranceLevel } from "@/lib/accounts/assurance";

/** Every user-facing text exists in both languages; the type makes a missing Uyghur text a compile error. */
export type LocalizedText = { zh: string; ug: string };

export type Channel = "online" | "window" | "terminal";
export const channels: readonly Channel[] = ["online", "window", "terminal"];

/** A condition on answers already given (in this or earlier steps). */
export type Condition =
  | { field: string; equals: string | boolean }
  | { field: string; in: readonly string[] }
  | { field: string; notEmpty: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export type Option = { value: string; label: LocalizedText };

/** Where a field's value can come from in the resident's profile (issue "One entry, shared across channels"). */
export type PrefillSource =
  | "fullName"
  | "idNumber"
  | "mobile"
  | "birthDate"
  | "gender"
  | "ethnicity"
  | "address"
  | "hukouAddress"
  | "bankCard"
  | "employer"
  | "disabilityCertNumber"
  | "householdMembers"
  /** Inside a household-members group: the member's own facts. */
  | "member.relation"
  | "member.name"
  | "member.idNumber";

/** What every field has, whatever its kind. A kind's own field type adds its `kind` tag and options (in the kind's
 * module, lib/form-engine/field-kinds/). */
export type FieldBase = {
  name: string;
  label: LocalizedText;
  hint?: LocalizedText;
  /** Fields are required unless marked optional. */
  optional?: boolean;
  showWhen?: Condition;
  channels?: readonly Channel[];
  prefill?: PrefillSource;
};

// Each kind's field type lives beside its kind; the registry (field-kinds/registry.ts) is the one list of kinds, and
// FieldDef is read from it, so registering a kind is what makes a service definition accept it.
export type { TextField, LongTextField, NameField, IdNumberField, MobileField } from "./field-kinds/text-kinds";
export type {
  DateField,
  AddressField,
  BankCardField,
  MoneyField,
  IntegerField,
  FileField,
} from "./field-kinds/structured-kinds";
export type { SelectField, RadioField, CheckboxField, DeclarationField } from "./field-kinds/choice-kinds";
export type { GroupField } from "./field-kinds/group-kind";

type FieldOfKind<K> = K extends FieldKind<infer F> ? F : never;
type Registry = typeof import("./field-kinds/registry").fieldKinds;
/** Any field of any registered kind. */
export type FieldDef = { [K in keyof Registry]: FieldOfKind<Registry[K]> }[keyof Registry];

export type FieldKindId = FieldDef["kind"];

/** How a person is related to the resident (the household list's relation, seen from the resident). */
export type Relation = "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";

/**
 * A step that asks about ONE other person (the elder, the spouse, the other parent…) offers "choose from my
 * household": picking a member fills the named fields of this step. Field names only, so it stays plain data.
 */
export type HouseholdPick = {
  /** The person-name field the member's name goes into (the picker is shown just before it, when it is shown). */
  name: string;
  idNumber?: string;
  /** A select or radio field with relation values (the member's relation is filled when it is one of its options). */
  relation?: string;
  /** A date field filled with the birth date read from the member's ID number. */
  birthDate?: string;
  /** Only members with these relations are offered (all when absent). */
  relations?: readonly Relation[];
};

export type StepDef = {
  id: string; // URL segment: lowercase letters, digits and hyphens
  title: LocalizedText;
  intro?: LocalizedText;
  fields: readonly FieldDef[];
  showWhen?: Condition;
  channels?: readonly Channel[];
  householdPick?: HouseholdPick;
};

export type MaterialDef = {
  id: string;
  title: LocalizedText;
  required: boolean;
  /** 容缺受理: may be supplied after acceptance, on the resident's signed pledge. */
  deferrable?: boolean;
  /** How it is provided: scan/photo upload, original shown at the window, or a paper copy. */
  form: "scan" | "original" | "copy";
  note?: LocalizedText;
};

export type LifeEvent =
  "birth" | "old-age" | "work" | "low-income" | "disability" | "moving-here" | "business" | "health";
export type DepartmentId =
  | "civil-affairs"
  | "hrss"
  | "public-security"
  | "health-commission"
  | "market-regulation"
  | "medical-security"
  | "disabled-persons-federation"
  /** 街道办事处 / 乡镇人民政府: verifies household circumstances for assistance items (co-department only). */
  | "township";

/** Sensitive categories of personal data (PIPL art. 28): used for an item only after explicit consent. */
export const sensitiveCategories = ["disability", "income", "health"] as const;
export type SensitiveCategory = (typeof sensitiveCategories)[number];

export type ServiceDef = {
  /** Implementation code in the style of the national catalogue's 实施编码 (demo values). */
  code: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  department: DepartmentId;
  /** Other departments whose sign-off is needed (parallel approval, issue "Progress tracking…"). */
  coDepartments?: readonly DepartmentId[];
  lifeEvents: readonly LifeEvent[];
  /** Extra search words (common abbreviations such as 社保卡, 低保) in both languages. */
  keywords: { zh: readonly string[]; ug: readonly string[] };
  whoCanApply: LocalizedText;
  conditions: readonly LocalizedText[];
  materials: readonly MaterialDef[];
  /** Fees: every item in this catalogue is free of charge; kept explicit for the guide page. */
  fee: LocalizedText;
  promisedDays: number; // working days
  legalDays: number; // working days
  legalBasis: readonly LocalizedText[];
  channels: readonly Channel[];
  resultDelivery: LocalizedText;
  faq: readonly { q: LocalizedText; a: LocalizedText }[];
  steps: readonly StepDef[];
  /** Sensitive data this item uses; the resident consents per item before the form opens. */
  sensitive?: readonly SensitiveCategory[];
  /** How sure the portal must be who the applicant is before the resident applies online or at a kiosk
   * (lib/accounts/assurance.ts). Required, so a new item cannot forget it; at the window the clerk sees the ID card. */
  assurance: AssuranceLevel;
  /** For engineers: where content follows national conventions rather than a confirmed local rule. */
  notes?: string;
  /** What the portal does itself when an application of this item is approved (in the approval's transaction):
   * "newbornJoinsHousehold" adds the registered baby to the applicant's household list, so no later form asks. */
  onApproved?: "newbornJoinsHousehold";
  /** Set on a life-event bundle composed into a form (lib/services/bundles/): its members, in order. A bundle's
   * draft is split into one application per applying member at submission (submit-bundle.ts). */
  bundle?: { members: readonly BundleMemberRef[] };
};

/** A bundle member as the pages need it: which item, under which label, when it applies. */
export type BundleMemberRef = {
  key: string;
  service: string;
  label: LocalizedText;
  when?: Condition;
  whenText?: LocalizedText;
};

export type Answers = Record<string, unknown>;
