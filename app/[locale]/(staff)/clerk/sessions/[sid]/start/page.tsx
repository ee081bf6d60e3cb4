import { notFound, redirect } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getService } from "@/lib/services";

// The "start an application" form's GET target: on to the item's start page inside the window session.
export default async function WindowStartPage({
  params,
  searchParams,
}: PageProps<"/[locale]/clerk/sessions/[sid]/start">) {
  const { sid } = await params;
  const { slug } = await searchParams;
  const service = typeof slug === "string" ? getService(slug) : undefined;
  if (!service) notFound();
  redirect(`/${await pageLocale(params)}/clerk/sessions/${sid}/services/${service.slug}/apply`);
}
