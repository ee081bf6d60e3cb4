"use client";
import type { ComponentType } from "react";
import { useTraitsOf } from "../kind-traits";
import type { FieldViewName } from "@/lib/form-engine/field-kinds/kind";
import type { FieldProps } from "./field-props";
import { LongTextInput, TextInput } from "./text-input";
import { CheckboxInput, DeclarationInput, RadioInput, SelectInput } from "./choice-inputs";
import { AddressInput } from "./address-input";
import { GroupInput } from "./group-input";
import { FileInput } from "./file-input";

// The shared input views; each field kind names the one that shows it (lib/form-engine/field-kinds).
const views: Record<FieldViewName, ComponentType<FieldProps>> = {
  text: TextInput,
  longText: LongTextInput,
  select: SelectInput as ComponentType<FieldProps>,
  radio: RadioInput as ComponentType<FieldProps>,
  checkbox: CheckboxInput as ComponentType<FieldProps>,
  declaration: DeclarationInput as ComponentType<FieldProps>,
  address: AddressInput as ComponentType<FieldProps>,
  group: GroupInput as ComponentType<FieldProps>,
  file: FileInput as ComponentType<FieldProps>,
};

export function FieldView(props: FieldProps) {
  const View = views[useTraitsOf(props.field.kind).view];
  return <View {...props} />;
}
