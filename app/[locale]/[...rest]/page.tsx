import { notFound } from "next/navigation";

// Any URL under a locale that no page claims: the localized 404.
export default function CatchAll() {
  notFound();
}
