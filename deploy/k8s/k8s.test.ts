import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * Builds every overlay with `kubectl kustomize`, validates each object against the
 * Kubernetes OpenAPI schemas (kubernetes-models) and checks the rules of
 * deploy/k8s/README.md, the network policies against the calls the subgraphs' code
 * makes (`<NAME>_URL: subgraphUrl(…)` in subgraphs/<name>/src/config.ts).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const KUBECTL = process.env['KUBECTL'] ?? '/usr/bin/kubectl';
const HAS_KUBECTL = existsSync(KUBECTL);

// ------------------------------------------------------------- the code's facts

interface SubgraphFacts {
  name: string;
  port: number;
  /** The subgraphs it calls: the `<NAME>_URL` variables of its config. */
  calls: string[];
}

const portIn = (source: string, file: string): number => {
  const match = /export const [A-Z]+_PORT = (\d+);/.exec(source);
  if (!match?.[1]) throw new Error(`${file}: no exported <NAME>_PORT`);
  return Number(match[1]);
};

function subgraphFacts(): SubgraphFacts[] {
  const dir = join(ROOT, 'subgraphs');
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'src', 'config.ts')))
    .sort();
  return names.map((name) => {
    const file = join(dir, name, 'src', 'config.ts');
    const source = readFileSync(file, 'utf8');
    const calls = [...source.matchAll(/\b([A-Z]+)_URL:\s*subgraphUrl\(/g)]
      .map((match) => (match[1] ?? '').toLowerCase())
      .filter((callee) => callee !== name && names.includes(callee))
      .sort();
    return { name, port: portIn(source, file), calls };
  });
}

const SUBGRAPHS = subgraphFacts();
const GATEWAY_PORT = portIn(readFileSync(join(ROOT, 'gateway', 'src', 'config.ts'), 'utf8'), 'gateway/src/config.ts');
const README = readFileSync(join(HERE, 'README.md'), 'utf8');

// ------------------------------------------------------------------- building

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } & Record<
  string,
  unknown
>;

function kustomize(dir: string): Manifest[] {
  const output = execFileSync(KUBECTL, ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length) throw new Error(`${dir}: ${document.errors.map(String).join('; ')}`);
    return document.toJS() as Manifest;
  });
}

/** An overlay with a component added, the way deploy/k8s/README.md tells an operator to. */
function kustomizeWithComponent(overlay: string, component: string, namespace: string): Manifest[] {
  const dir = mkdtempSync(join(tmpdir(), 'hospital-k8s-'));
  try {
    writeFileSync(
      join(dir, 'kustomization.yaml'),
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        `namespace: ${namespace}`,
        'resources:',
        `  - ${relative(dir, overlay)}`,
        'components:',
        `  - ${relative(dir, component)}`,
        '',
      ].join('\n'),
    );
    return kustomize(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const OVERLAYS_DIR = join(HERE, 'overlays');
const OVERLAYS = readdirSync(OVERLAYS_DIR)
  .filter((name) => existsSync(join(OVERLAYS_DIR, name, 'kustomization.yaml')))
  .sort();

function buildAll(): [string, Manifest[]][] {
  const overlays = OVERLAYS.map((name): [string, Manifest[]] => [name, kustomize(join(OVERLAYS_DIR, name))]);
  const [first] = overlays;
  if (!first) return overlays;
  const [name, manifests] = first;
  const namespace = manifests.find((manifest) => manifest.metadata.namespace)?.metadata.namespace ?? 'default';
  const component = join(HERE, 'components', 'identity-provider');
  return [
    ...overlays,
    [`${name} + identity-provider`, kustomizeWithComponent(join(OVERLAYS_DIR, name), component, namespace)],
  ];
}

const builds = HAS_KUBECTL ? buildAll() : [];

// ---------------------------------------------------------------- the models

/** The model of each kind the manifests may hold; anything else is a mistake. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
};

const ofKind = <T>(manifests: Manifest[], kind: string, model: new (data: never) => T): T[] =>
  manifests.filter((manifest) => manifest.kind === kind).map((manifest) => new model(manifest as never));

type PodTemplate = NonNullable<NonNullable<Deployment['spec']>['template']>;
type PodSpec = NonNullable<PodTemplate['spec']>;
type Container = PodSpec['containers'][number];
type Policy = NonNullable<NetworkPolicy['spec']>;
type Peer = NonNullable<NonNullable<Policy['ingress']>[number]['from']>[number];
type PolicyPort = NonNullable<NonNullable<Policy['ingress']>[number]['ports']>[number];
type Selector = Policy['podSelector'];

interface Workload {
  kind: 'Deployment' | 'Job';
  name: string;
  template: PodTemplate;
}

function workloadsOf(manifests: Manifest[]): Workload[] {
  const deployments = ofKind(manifests, 'Deployment', Deployment).map((d): Workload => ({
    kind: 'Deployment',
    name: d.metadata?.name ?? '',
    template: d.spec!.template,
  }));
  const jobs = ofKind(manifests, 'Job', Job).map((j): Workload => ({
    kind: 'Job',
    name: j.metadata?.name ?? '',
    template: j.spec!.template,
  }));
  return [...deployments, ...jobs];
}

/** A memory quantity (`512Mi`, `1Gi`, `500M`, bytes) in MiB. */
function mebibytes(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(quantity);
  if (!match) throw new Error(`memory quantity ${quantity}`);
  const factor: Record<string, number> = {
    '': 1 / 2 ** 20,
    Ki: 1 / 1024,
    Mi: 1,
    Gi: 1024,
    k: 1e3 / 2 ** 20,
    M: 1e6 / 2 ** 20,
    G: 1e9 / 2 ** 20,
  };
  return Number(match[1]) * (factor[match[2] ?? ''] ?? Number.NaN);
}

const containersOf = (spec: PodSpec): Container[] => [...(spec.initContainers ?? []), ...spec.containers];

/** An image reference without its tag or digest: `registry/hospital-supergraph/gateway`. */
const repositoryOf = (image = ''): string => image.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[\w][\w.-]*$/, '');

// ------------------------------------------------------- network reachability

interface PodEndpoint {
  namespace: string;
  labels: Record<string, string>;
}
/** An address outside the cluster (MySQL, Redis, a provider). */
const EXTERNAL = 'external' as const;
type Endpoint = PodEndpoint | typeof EXTERNAL;

function selects(selector: Selector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return true;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key] ?? '');
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key] ?? '');
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        throw new Error(`unknown selector operator ${operator}`);
    }
  });
  return byLabel && byExpression;
}

/**
 * Whether a peer of a policy in `namespace` takes in `endpoint`. An ipBlock is taken to
 * match every address, pods included: what it opens must be safe to open to anyone.
 */
function peerMatches(peer: Peer, namespace: string, endpoint: Endpoint): boolean {
  if (peer.ipBlock) return true;
  if (endpoint === EXTERNAL) return false;
  const inNamespace = peer.namespaceSelector
    ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': endpoint.namespace })
    : endpoint.namespace === namespace;
  return inNamespace && selects(peer.podSelector, endpoint.labels);
}

function portMatches(ports: PolicyPort[] | undefined, port: number, protocol: string): boolean {
  if (!ports?.length) return true;
  return ports.some((rule) => {
    if ((rule.protocol ?? 'TCP') !== protocol) return false;
    if (rule.port === undefined) return true;
    if (typeof rule.port !== 'number') throw new Error(`named port ${rule.port}: the policies use numbers`);
    return rule.endPort ? port >= rule.port && port <= rule.endPort : port === rule.port;
  });
}

const policyTypesOf = (policy: Policy): string[] =>
  policy.policyTypes ?? ['Ingress', ...(policy.egress ? ['Egress'] : [])];

class Network {
  constructor(private readonly policies: NetworkPolicy[]) {}

  private governing(endpoint: PodEndpoint, type: 'Ingress' | 'Egress'): Policy[] {
    return this.policies
      .filter((policy) => policy.metadata?.namespace === endpoint.namespace)
      .map((policy) => policy.spec!)
      .filter((spec) => policyTypesOf(spec).includes(type) && selects(spec.podSelector, endpoint.labels));
  }

  allows(from: Endpoint, to: Endpoint, port: number, protocol = 'TCP'): boolean {
    const egress =
      from === EXTERNAL ||
      ((policies) =>
        policies.length === 0 ||
        policies.some((policy) =>
          (policy.egress ?? []).some(
            (rule) =>
              (!rule.to?.length || rule.to.some((peer) => peerMatches(peer, from.namespace, to))) &&
              portMatches(rule.ports, port, protocol),
          ),
        ))(this.governing(from, 'Egress'));
    const ingress =
      to === EXTERNAL ||
      ((policies) =>
        policies.length === 0 ||
        policies.some((policy) =>
          (policy.ingress ?? []).some(
            (rule) =>
              (!rule.from?.length || rule.from.some((peer) => peerMatches(peer, to.namespace, from))) &&
              portMatches(rule.ports, port, protocol),
          ),
        ))(this.governing(to, 'Ingress'));
    return egress && ingress;
  }
}

// ------------------------------------------------------------- documentation

/** The `kubectl create secret` commands of the README: Secret name -> the keys it is given. */
function documentedSecrets(): Map<string, Set<string>> {
  const commands = README.replace(/\\\n\s*/g, ' ').split('\n');
  const secrets = new Map<string, Set<string>>();
  for (const command of commands) {
    const generic = /kubectl .*create secret generic ([a-z0-9.-]+)/.exec(command);
    if (generic?.[1]) {
      const keys = [...command.matchAll(/--from-(?:literal|file)=([A-Za-z0-9_.-]+)=/g)].map((match) => match[1] ?? '');
      secrets.set(generic[1], new Set(keys));
    }
    const tls = /kubectl .*create secret tls ([a-z0-9.-]+)/.exec(command);
    if (tls?.[1]) secrets.set(tls[1], new Set(['tls.crt', 'tls.key']));
  }
  return secrets;
}

// ------------------------------------------------------------------- the tests

const skipReason = HAS_KUBECTL ? '' : ` (skipped: no kubectl at ${KUBECTL}; install it or set KUBECTL)`;
// CI installs kubectl where the machine lacks it (.ci/run): there a missing one fails, never skips.
if (!HAS_KUBECTL && process.env['CI'] === 'true') throw new Error(`CI=true and no kubectl at ${KUBECTL}`);

describe.skipIf(!HAS_KUBECTL)(`Kubernetes manifests${skipReason}`, () => {
  it('has overlays to check, and the code calls between subgraphs', () => {
    expect(OVERLAYS).toEqual(expect.arrayContaining(['small', 'large']));
    expect(SUBGRAPHS.length).toBeGreaterThanOrEqual(9);
    expect(SUBGRAPHS.some((subgraph) => subgraph.calls.length > 0)).toBe(true);
  });

  describe.each(builds)('%s', (_name, manifests) => {
    const workloads = workloadsOf(manifests);
    const deployments = ofKind(manifests, 'Deployment', Deployment);
    const policies = ofKind(manifests, 'NetworkPolicy', NetworkPolicy);
    const namespace = deployments[0]?.metadata?.namespace ?? '';

    it('validates every object against the Kubernetes OpenAPI schemas', () => {
      for (const manifest of manifests) {
        const model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
        expect(model, `${manifest.apiVersion} ${manifest.kind} ${manifest.metadata.name}`).toBeDefined();
        expect(
          () => new model!(manifest as never).validate(),
          `${manifest.kind} ${manifest.metadata.name}`,
        ).not.toThrow();
      }
    });

    it('puts everything in one namespace', () => {
      expect(namespace).not.toBe('');
      for (const manifest of manifests) expect(manifest.metadata.namespace, manifest.metadata.name).toBe(namespace);
    });

    it('gives every container probes (Deployments), resource requests and limits, and a pinned image', () => {
      for (const workload of workloads) {
        for (const container of containersOf(workload.template.spec!)) {
          const where = `${workload.kind} ${workload.name}, container ${container.name}`;
          if (workload.kind === 'Deployment') {
            expect(container.livenessProbe?.httpGet?.path, where).toBe('/health');
            expect(container.readinessProbe?.httpGet?.path, where).toBe('/ready');
          }
          for (const bound of ['requests', 'limits'] as const) {
            expect(container.resources?.[bound]?.['cpu'], `${where}: cpu ${bound}`).toBeDefined();
            expect(container.resources?.[bound]?.['memory'], `${where}: memory ${bound}`).toBeDefined();
          }
          const image = container.image ?? '';
          const pinned =
            /@sha256:[0-9a-f]{64}$/.test(image) || /:(?!latest$)[\w][\w.-]*$/.test(image.split('/').pop()!);
          expect(pinned, `${where}: image ${image} must carry a tag other than latest`).toBe(true);
        }
      }
    });

    it("keeps every Node process's heap below its container's memory limit", () => {
      for (const workload of workloads) {
        for (const container of containersOf(workload.template.spec!)) {
          const where = `${workload.kind} ${workload.name}, container ${container.name}`;
          const options = container.env?.find((variable) => variable.name === 'NODE_OPTIONS')?.value ?? '';
          const heap = /--max-old-space-size=(\d+)/.exec(options)?.[1];
          expect(heap, `${where}: NODE_OPTIONS --max-old-space-size`).toBeDefined();
          const limit = mebibytes(String(container.resources?.limits?.['memory']));
          expect(Number(heap), `${where}: heap of a ${limit} MiB container`).toBeLessThanOrEqual(limit * 0.8);
          expect(Number(heap), `${where}: heap of a ${limit} MiB container`).toBeGreaterThanOrEqual(limit * 0.5);
        }
      }
    });

    it('starts every Node process behind the tracing preload, which NODE_OPTIONS here replaces in the image', () => {
      for (const workload of workloads) {
        for (const container of containersOf(workload.template.spec!)) {
          const options = container.env?.find((variable) => variable.name === 'NODE_OPTIONS')?.value ?? '';
          expect(options, `${workload.kind} ${workload.name}`).toContain('--import @hospital/kit/tracing/register');
        }
      }
    });

    it('runs every pod as the node user, without privileges, on a read-only root filesystem', () => {
      for (const workload of workloads) {
        const pod = workload.template.spec!;
        expect(pod.automountServiceAccountToken, workload.name).toBe(false);
        expect(pod.enableServiceLinks, workload.name).toBe(false);
        for (const container of containersOf(pod)) {
          const where = `${workload.kind} ${workload.name}, container ${container.name}`;
          const own = container.securityContext ?? {};
          const inherited = pod.securityContext ?? {};
          expect(own.runAsNonRoot ?? inherited.runAsNonRoot, where).toBe(true);
          expect(own.runAsUser ?? inherited.runAsUser, where).toBe(1000);
          expect(own.readOnlyRootFilesystem, where).toBe(true);
          expect(own.allowPrivilegeEscalation, where).toBe(false);
          expect(own.capabilities?.drop, where).toContain('ALL');
          expect((own.seccompProfile ?? inherited.seccompProfile)?.type, where).toBe('RuntimeDefault');
          const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
          expect(pod.volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir, `${where}: /tmp`).toBeDefined();
        }
      }
    });

    it('carries no Secret values, and references only Secrets the README tells how to create', () => {
      for (const secret of ofKind(manifests, 'Secret', Secret)) {
        expect(secret.data ?? secret.stringData, `Secret ${secret.metadata?.name}`).toBeUndefined();
      }
      const documented = documentedSecrets();
      const references: [string, string | undefined, string][] = [];
      for (const workload of workloads) {
        for (const container of containersOf(workload.template.spec!)) {
          for (const variable of container.env ?? []) {
            const ref = variable.valueFrom?.secretKeyRef;
            if (ref) references.push([ref.name ?? '', ref.key, `${workload.name}: ${variable.name}`]);
          }
          for (const source of container.envFrom ?? []) {
            if (source.secretRef) references.push([source.secretRef.name ?? '', undefined, workload.name]);
          }
        }
        for (const volume of workload.template.spec!.volumes ?? []) {
          if (volume.secret) references.push([volume.secret.secretName ?? '', undefined, workload.name]);
        }
      }
      for (const ingress of ofKind(manifests, 'Ingress', Ingress)) {
        for (const tls of ingress.spec?.tls ?? []) references.push([tls.secretName ?? '', 'tls.crt', 'Ingress']);
      }
      expect(references.length).toBeGreaterThan(0);
      for (const [name, key, where] of references) {
        expect(documented.has(name), `${where}: Secret ${name} is not in README.md's kubectl create secret`).toBe(true);
        if (key) expect(documented.get(name)?.has(key), `${where}: key ${key} of Secret ${name}`).toBe(true);
      }
    });

    it('configures every service to listen on the pod address, on its port, and to find the others', () => {
      const [config] = ofKind(manifests, 'ConfigMap', ConfigMap).filter((map) =>
        map.metadata?.name?.startsWith('hospital-config'),
      );
      const data = config?.data ?? {};
      expect(data['NODE_ENV']).toBe('production');
      expect(data['GATEWAY_HOST']).toBe('0.0.0.0');
      expect(Number(data['GATEWAY_PORT'])).toBe(GATEWAY_PORT);
      for (const { name, port } of SUBGRAPHS) {
        const upper = name.toUpperCase();
        expect(data[`${upper}_HOST`], name).toBe('0.0.0.0');
        expect(Number(data[`${upper}_PORT`]), name).toBe(port);
        expect(data[`${upper}_URL`], name).toBe(`http://${name}:${port}/graphql`);
      }
      for (const workload of workloads) {
        const sources = workload.template.spec!.containers.flatMap((container) => container.envFrom ?? []);
        expect(
          sources.map((source) => source.configMapRef?.name),
          workload.name,
        ).toContain(config?.metadata?.name);
      }
    });

    it('has a Deployment, a Service, a migration Job and a NetworkPolicy for the gateway and every subgraph', () => {
      const services = ofKind(manifests, 'Service', Service);
      const jobs = ofKind(manifests, 'Job', Job);
      const budgets = ofKind(manifests, 'PodDisruptionBudget', PodDisruptionBudget);
      const expected = [{ name: 'gateway', port: GATEWAY_PORT }, ...SUBGRAPHS];
      for (const { name, port } of expected) {
        const deployment = deployments.find((d) => d.metadata?.name === name);
        expect(deployment, `Deployment ${name}`).toBeDefined();
        const container = deployment!.spec!.template.spec!.containers[0]!;
        // Its own image (the Dockerfile's target of that name), whose folder is the service's deploy.
        expect(repositoryOf(container.image), name).toMatch(new RegExp(`(^|/)${name}$`));
        expect([...(container.command ?? []), ...(container.args ?? [])], name).toEqual(['node', 'dist/index.js']);
        expect(
          container.ports?.map((p) => p.containerPort),
          name,
        ).toContain(port);
        const service = services.find((s) => s.metadata?.name === name);
        expect(
          service?.spec?.ports?.map((p) => p.port),
          `Service ${name}`,
        ).toEqual([port]);
        expect(
          selects(
            { matchLabels: service?.spec?.selector ?? { none: 'none' } },
            deployment!.spec!.template.metadata!.labels!,
          ),
          `Service ${name} selects its pods`,
        ).toBe(true);
        expect(
          budgets.some((b) => selects(b.spec?.selector, deployment!.spec!.template.metadata!.labels!)),
          `PodDisruptionBudget of ${name}`,
        ).toBe(true);
        const policy = policies.find((p) => p.metadata?.name === name);
        expect(policy, `NetworkPolicy ${name}`).toBeDefined();
        expect(selects(policy!.spec!.podSelector, deployment!.spec!.template.metadata!.labels!), name).toBe(true);
      }
      for (const { name } of SUBGRAPHS) {
        const job = jobs.find((j) => j.metadata?.name === `migrate-${name}`);
        expect(job, `Job migrate-${name}`).toBeDefined();
        const container = job!.spec!.template.spec!.containers[0]!;
        // The very image its Deployment runs: the migrations of the code about to roll out.
        const deployment = deployments.find((d) => d.metadata?.name === name);
        expect(container.image, `Job migrate-${name}`).toBe(deployment?.spec?.template.spec?.containers[0]?.image);
        expect([...(container.command ?? []), ...(container.args ?? [])]).toEqual(['node', 'dist/migrate.js']);
        expect(job!.spec!.template.spec!.restartPolicy).toBe('Never');
      }
    });

    it('autoscales the gateway and appointments (autoscaling/v2), and leaves their replicas to the autoscaler', () => {
      const autoscalers = ofKind(manifests, 'HorizontalPodAutoscaler', HorizontalPodAutoscaler);
      for (const name of ['gateway', 'appointments']) {
        const autoscaler = autoscalers.find(
          (a) => a.spec?.scaleTargetRef.kind === 'Deployment' && a.spec.scaleTargetRef.name === name,
        );
        expect(autoscaler, `HorizontalPodAutoscaler of ${name}`).toBeDefined();
        const { minReplicas = 1, maxReplicas } = autoscaler!.spec!;
        expect(minReplicas).toBeGreaterThanOrEqual(1);
        expect(maxReplicas).toBeGreaterThan(minReplicas);
        expect(deployments.find((d) => d.metadata?.name === name)?.spec?.replicas, name).toBeUndefined();
      }
    });

    describe('network policies', () => {
      const network = new Network(policies);
      const podOf = (workload: Workload): PodEndpoint => ({
        namespace,
        labels: workload.template.metadata?.labels ?? {},
      });
      const deploymentPod = (name: string): PodEndpoint =>
        podOf(workloads.find((w) => w.kind === 'Deployment' && w.name === name)!);
      const gateway = deploymentPod('gateway');
      const migrations = workloads.filter((w) => w.kind === 'Job').map(podOf);
      const controller: PodEndpoint = {
        namespace: 'ingress-nginx',
        labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
      };
      const stranger: PodEndpoint = { namespace, labels: { run: 'debug' } };
      const elsewhere: PodEndpoint = { namespace: 'other', labels: {} };
      const dns: PodEndpoint = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };

      it('deny by default', () => {
        expect(
          policies.some(
            (p) =>
              Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
              policyTypesOf(p.spec!).includes('Ingress') &&
              policyTypesOf(p.spec!).includes('Egress'),
          ),
        ).toBe(true);
      });

      it('let the ingress controller reach the gateway, and nothing else reach it', () => {
        expect(network.allows(controller, gateway, GATEWAY_PORT)).toBe(true);
        expect(network.allows(stranger, gateway, GATEWAY_PORT)).toBe(false);
        expect(network.allows(elsewhere, gateway, GATEWAY_PORT)).toBe(false);
        expect(network.allows(EXTERNAL, gateway, GATEWAY_PORT)).toBe(false);
        for (const { name } of SUBGRAPHS)
          expect(network.allows(deploymentPod(name), gateway, GATEWAY_PORT)).toBe(false);
      });

      it('let the gateway reach every subgraph, and no one else but its callers', () => {
        for (const { name, port } of SUBGRAPHS) {
          const subgraph = deploymentPod(name);
          expect(network.allows(gateway, subgraph, port), `gateway -> ${name}`).toBe(true);
          for (const outsider of [controller, stranger, elsewhere, EXTERNAL, ...migrations]) {
            expect(network.allows(outsider, subgraph, port), `${JSON.stringify(outsider)} -> ${name}`).toBe(false);
          }
        }
      });

      it('allow exactly the calls between subgraphs that their code makes', () => {
        const allowed: string[] = [];
        for (const from of SUBGRAPHS) {
          for (const to of SUBGRAPHS) {
            if (from.name !== to.name && network.allows(deploymentPod(from.name), deploymentPod(to.name), to.port)) {
              allowed.push(`${from.name} -> ${to.name}`);
            }
          }
        }
        const calls = SUBGRAPHS.flatMap(({ name, calls }) => calls.map((callee) => `${name} -> ${callee}`));
        expect(allowed.sort()).toEqual(calls.sort());
      });

      it('let only the subgraphs and their migrations reach MySQL, and the subgraphs and the gateway Redis', () => {
        for (const { name } of SUBGRAPHS) {
          expect(network.allows(deploymentPod(name), EXTERNAL, 3306), `${name} -> MySQL`).toBe(true);
          expect(network.allows(deploymentPod(name), EXTERNAL, 6379), `${name} -> Redis`).toBe(true);
        }
        expect(migrations).toHaveLength(SUBGRAPHS.length);
        for (const migration of migrations) expect(network.allows(migration, EXTERNAL, 3306)).toBe(true);
        expect(network.allows(gateway, EXTERNAL, 6379)).toBe(true);
        expect(network.allows(gateway, EXTERNAL, 3306)).toBe(false);
        expect(network.allows(stranger, EXTERNAL, 3306)).toBe(false);
        expect(network.allows(stranger, EXTERNAL, 6379)).toBe(false);
      });

      it('let every pod of the supergraph resolve names', () => {
        for (const pod of [gateway, ...SUBGRAPHS.map(({ name }) => deploymentPod(name)), ...migrations]) {
          expect(network.allows(pod, dns, 53, 'UDP')).toBe(true);
        }
      });
    });
  });
});
