"use client";
// The consented window session a form is entered in (empty online), for parts of the form deep in the tree that
// call the server themselves (file uploads).
import { createContext, useContext } from "react";

export const WindowSessionContext = createContext<string | undefined>(undefined);

export function useWindowSession(): string | undefined {
  return useContext(WindowSessionContext);
}
