/**
 * A passkey held in software, for tests below the browser: an ES256 key pair
 * whose public key is stored as the portal stores a registered one, and
 * assertions signed as an authenticator signs them (WebAuthn Level 2, §6.1
 * authenticator data, §7.2 signature over authData ‖ SHA-256(clientDataJSON)).
 * The browser tests use Chromium's virtual authenticator instead.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { isoCBOR } from "@simplewebauthn/server/helpers";

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;

export interface SoftwarePasskey {
  credentialId: string;
  /** The COSE public key as the portal stores it (base64url). */
  publicKey: string;
  /** An assertion for `challenge`; the counter goes up by one unless given. */
  assert(
    challenge: string,
    options: { origin: string; rpId: string; userHandle?: string; counter?: number; userVerified?: boolean },
  ): AuthenticationResponseJSON;
}

export function softwarePasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const cose = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
    ]),
  );
  const credentialId = randomBytes(16).toString("base64url");
  let counter = 0;
  return {
    credentialId,
    publicKey: Buffer.from(cose).toString("base64url"),
    assert(challenge, options) {
      counter = options.counter ?? counter + 1;
      const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin: options.origin, crossOrigin: false }));
      const count = Buffer.alloc(4);
      count.writeUInt32BE(counter);
      const flags = FLAG_USER_PRESENT | (options.userVerified === false ? 0 : FLAG_USER_VERIFIED);
      const authenticatorData = Buffer.concat([createHash("sha256").update(options.rpId).digest(), Buffer.from([flags]), count]);
      const signature = sign("sha256", Buffer.concat([authenticatorData, createHash("sha256").update(clientDataJSON).digest()]), privateKey);
      return {
        id: credentialId,
        rawId: credentialId,
        type: "public-key",
        clientExtensionResults: {},
        response: {
          clientDataJSON: clientDataJSON.toString("base64url"),
          authenticatorData: authenticatorData.toString("base64url"),
          signature: signature.toString("base64url"),
          userHandle: options.userHandle ? Buffer.from(options.userHandle).toString("base64url") : undefined,
        },
      };
    },
  };
}
