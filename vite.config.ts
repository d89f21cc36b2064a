import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    // extraction tests load the 135,000-place gazetteer once per file
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
