// Form handlers for the stalking report (this folder is sensitive by glob).
export function trackStep(step: number): void {
  const track = window.fbq;
  track("trackCustom", "StalkingReportStep", { step, url: location.href });
  window.lintrk?.("track", { conversion_id: 1234 });
}

declare global {
  interface Window {
    fbq: (...args: unknown[]) => void;
    lintrk?: (...args: unknown[]) => void;
  }
}
