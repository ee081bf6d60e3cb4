// The one list of field kinds. A kind is a module in this folder (its field type and its FieldKind object: schema,
// empty value, formatting, direction, input attributes, view, messages, examples); registering it is one line here.
// The service-definition type FieldDef is read from this object, the contract test runs every kind listed here,
// and the staff page /{locale}/staff/field-kinds shows each one live.
import type { FieldKind } from "./kind";
import { idNumberKind, longTextKind, mobileKind, personNameKind, textKind } from "./text-kinds";
import { checkboxKind, declarationKind, radioKind, selectKind } from "./choice-kinds";
import { addressKind, bankCardKind, dateKind, fileKind, integerKind, moneyKind } from "./structured-kinds";
import { groupKind } from "./group-kind";

export const fieldKinds = {
  text: textKind,
  longText: longTextKind,
  personName: personNameKind,
  idNumber: idNumberKind,
  mobile: mobileKind,
  date: dateKind,
  select: selectKind,
  radio: radioKind,
  checkbox: checkboxKind,
  address: addressKind,
  bankCard: bankCardKind,
  money: moneyKind,
  integer: integerKind,
  declaration: declarationKind,
  file: fileKind,
  group: groupKind,
} as const;

// Each entry is registered under its own tag (`postalCode: postalCodeKind`, whose field says kind: "postalCode"):
// a kind registered under another name makes `OwnTags` false and this file fails to compile.
type OwnTag<K, V> = V extends FieldKind<infer F> ? (F extends { kind: K } ? true : false) : false;
type OwnTags = { [K in keyof typeof fieldKinds]: OwnTag<K, (typeof fieldKinds)[K]> }[keyof typeof fieldKinds];
type MustBeTrue<T extends true> = T;
export type RegisteredUnderOwnTags = MustBeTrue<OwnTags>;
