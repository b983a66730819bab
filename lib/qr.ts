/** QR codes as SVG, made on the server: no external service sees what they encode. */
import QRCode from "qrcode";

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The same as a data: address for an <img>, whose alt text the page writes. */
export async function qrDataUri(text: string): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await qrSvg(text)).toString("base64")}`;
}
