/** Contact data of the network, as printed in the brochure (NIKO / VIA Bayern e.V., 2020). */
export const NETWORK_CONTACT = {
  project: "NIKO – Netzwerk interkulturelle Öffnung Kommunen in Bayern",
  organisation: "VIA Bayern e.V. – Verband für Interkulturelle Arbeit",
  street: "Landwehrstraße 22",
  city: "80336 München",
  phone: "+49 89 41 90 27 28",
  phoneHref: "tel:+498941902728",
  fax: "+49 89 41 90 27 27",
  websites: [
    { href: "https://www.via-bayern.de", label: "www.via-bayern.de" },
    { href: "https://www.migranet.org/niko", label: "www.migranet.org/niko" },
  ],
} as const;
