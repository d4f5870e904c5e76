// sensitive-content: sexual-offences
import ReactPixel from "react-facebook-pixel";
import { RecruitmentPixel } from "../components/RecruitmentPixel";

export default function ReportRape() {
  function onStart() {
    ReactPixel.trackCustom("ReportRapeStarted", { page: document.title });
  }
  return (
    <main>
      <RecruitmentPixel />
      <h1>Report rape or sexual assault</h1>
      <button onClick={onStart}>Report rape or sexual assault</button>
    </main>
  );
}
