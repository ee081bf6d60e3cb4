"use client";
// Marks the document with the URL React has committed and hydrated (`<html data-ready="/zh/services?q=…">`).
// Automation (our browser tests, the outside checks, a hall's monitoring) waits for this instead of guessing with
// "network idle": after a full load it means hydrated, after a client-side navigation it means the new page is on
// screen. It carries nothing personal: only the path and query the browser already shows.
import { Suspense, useEffect } from "react";
import { usePathname, useSearchParams } from "next/navigation";

function Marker() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    document.documentElement.dataset.ready = window.location.pathname + window.location.search;
  }, [pathname, search]);
  return null;
}

export function PageReadyMarker() {
  // useSearchParams needs a Suspense boundary so static pages still prerender.
  return (
    <Suspense fallback={null}>
      <Marker />
    </Suspense>
  );
}
