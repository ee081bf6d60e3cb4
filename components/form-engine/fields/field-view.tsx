"use client";
import type { ComponentType } from "react";
import type { FieldDef } from "@/lib/form-engine/types";
import type { FieldProps } from "./field-props";
import { LongTextInput, TextInput } from "./text-input";
import { CheckboxInput, DeclarationInput, RadioInput, SelectInput } from "./choice-inputs";
import { AddressInput } from "./address-input";
import { GroupInput } from "./group-input";
import { FileInput } from "./file-input";

// The view of each field kind: the browser half of the field-kind registry (lib/form-engine/field-kinds).
const views: { [K in FieldDef["kind"]]: ComponentType<FieldProps<Extract<FieldDef, { kind: K }>>> } = {
  text: TextInput,
  personName: TextInput,
  idNumber: TextInput,
  mobile: TextInput,
  date: TextInput,
  bankCard: TextInput,
  money: TextInput,
  integer: TextInput,
  longText: LongTextInput,
  select: SelectInput,
  radio: RadioInput,
  checkbox: CheckboxInput,
  declaration: DeclarationInput,
  address: AddressInput,
  group: GroupInput,
  file: FileInput,
};

export function FieldView(props: FieldProps) {
  const View = views[props.field.kind] as ComponentType<FieldProps>;
  return <View {...props} />;
}
