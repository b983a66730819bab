/**
 * Next.js's hook for errors while rendering a page or running a route or
 * action: one JSON log line with the request's id (the one the error page
 * shows), the route and the error with its cause. The message a person
 * sees stays the German error page.
 */
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  logger().error(
    {
      requestId: headers["x-request-id"],
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      digest: (error as { digest?: string }).digest,
      err: error,
    },
    "request failed",
  );
};
