// The recruitment page: the Pixel is wanted here (allowed by pixel-guard.config.json).
import ReactPixel from "react-facebook-pixel";

export default function JoinUs() {
  ReactPixel.init("1234567890");
  ReactPixel.track("ViewContent", { content_name: "Police constable" });
  return <h1>Join us</h1>;
}
