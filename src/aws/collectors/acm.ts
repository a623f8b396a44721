/** AWS.ACM.Certificate: every certificate of the region, whatever its status or key type. */
import {
  CertificateDetail$,
  DescribeCertificateCommand,
  KeyAlgorithm,
  ListTagsForCertificateCommand,
  paginateListCertificates,
} from '@aws-sdk/client-acm';
import type { Resource } from '../../model/resource.js';
import { isoTimestamp, memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, callsFor, arnIds } from './kit.js';

const T = 'AWS.ACM.Certificate';
const CERT_FIELDS = memberNames(CertificateDetail$).filter((f) => f !== 'CertificateArn');
/** ListCertificates returns only RSA_1024/RSA_2048 keys unless asked for the others. */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const acm = await clientOf(ctx, 'acm', region);
  const summaries = await listed(ctx, region, T, 'acm:ListCertificates', () =>
    allPages(
      paginateListCertificates({ client: acm }, { Includes: { keyTypes: ALL_KEY_TYPES } }),
      (p) => p.CertificateSummaryList,
    ),
  );
  const out = await Promise.all(
    (summaries ?? []).map(async (s): Promise<Resource | null> => {
      const id = s.CertificateArn as string;
      if (!id || ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      const [described, tags] = await Promise.all([
        detail(call('acm:DescribeCertificate', CERT_FIELDS), () =>
          acm.send(new DescribeCertificateCommand({ CertificateArn: id })),
        ),
        detail(call('acm:ListTagsForCertificate', ['Tags']), () =>
          acm.send(new ListTagsForCertificateCommand({ CertificateArn: id })),
        ),
      ]);
      if (described === GONE || tags === GONE) return null;
      const cert = described?.Certificate;
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: cert?.DomainName ?? s.DomainName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(cert?.CreatedAt ?? cert?.ImportedAt),
          tags: tags === null ? null : tagsOf(tags.Tags),
        },
        cert
          ? pickFields(cert, CertificateDetail$, CERT_FIELDS)
          : Object.fromEntries(CERT_FIELDS.map((f) => [f, null])),
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const acmCertificate: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'certificate ARN',
  idPattern: arnIds('acm', 'certificate/[\\w-]+'),
  cloudTrail: {
    source: 'acm.amazonaws.com',
    parameter: 'certificateArn',
    id: (v) => (v.startsWith('arn:') ? v : null),
  },
  calls: ['acm:ListCertificates', 'acm:DescribeCertificate', 'acm:ListTagsForCertificate'],
  fields: memberDocs(
    CertificateDetail$,
    'DescribeCertificate Certificate (NotAfter, InUseBy, Status, KeyAlgorithm, ...)',
    ['CertificateArn'],
  ),
  collect,
};
