// The vocabulary of service definitions. Everything here is plain data (no functions), so a service definition
// can be passed from server to client components, stored, diffed and tested. Conditions and prefill sources are
// declarative for the same reason (see ARCHITECTURE.md; our deviation from function predicates is noted in NOTES.md).

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
  | "bankCard"
  | "employer"
  | "disabilityCertNumber"
  | "householdMembers"
  /** Inside a household-members group: the member's own facts. */
  | "member.relation"
  | "member.name"
  | "member.idNumber";

type FieldBase = {
  name: string;
  label: LocalizedText;
  hint?: LocalizedText;
  /** Fields are required unless marked optional. */
  optional?: boolean;
  showWhen?: Condition;
  channels?: readonly Channel[];
  prefill?: PrefillSource;
};

export type TextField = FieldBase & {
  kind: "text";
  maxLength?: number;
  pattern?: { regex: string; message: string };
  /** Text in one script whatever the page's language (a Uyghur-script name on the Chinese page): the input is
   * marked with that language and direction. */
  script?: "ug";
};
export type LongTextField = FieldBase & { kind: "longText"; maxLength?: number };
export type NameField = FieldBase & { kind: "personName" };
export type IdNumberField = FieldBase & { kind: "idNumber" };
export type MobileField = FieldBase & { kind: "mobile" };
export type DateField = FieldBase & { kind: "date"; notFuture?: boolean; notPast?: boolean };
export type SelectField = FieldBase & { kind: "select"; options: readonly Option[] };
export type RadioField = FieldBase & { kind: "radio"; options: readonly Option[] };
export type CheckboxField = FieldBase & { kind: "checkbox"; options: readonly Option[]; minSelected?: number };
export type AddressField = FieldBase & { kind: "address" };
export type BankCardField = FieldBase & { kind: "bankCard" };
export type MoneyField = FieldBase & { kind: "money"; max?: number };
export type IntegerField = FieldBase & { kind: "integer"; min?: number; max?: number };
export type DeclarationField = FieldBase & { kind: "declaration"; statement: LocalizedText };
export type FileField = FieldBase & { kind: "file"; material: string };
export type GroupField = FieldBase & {
  kind: "group";
  /** One item's fields (no nested groups, no files). */
  fields: readonly Exclude<FieldDef, GroupField | FileField>[];
  minItems?: number;
  maxItems?: number;
  itemLabel: LocalizedText;
};

export type FieldDef =
  | TextField
  | LongTextField
  | NameField
  | IdNumberField
  | MobileField
  | DateField
  | SelectField
  | RadioField
  | CheckboxField
  | AddressField
  | BankCardField
  | MoneyField
  | IntegerField
  | DeclarationField
  | FileField
  | GroupField;

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
  /** For engineers: where content follows national conventions rather than a confirmed local rule. */
  notes?: string;
};

export type Answers = Record<string, unknown>;
