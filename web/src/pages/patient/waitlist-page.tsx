import {
  CatalogDocument,
  ClaimSlotOfferDocument,
  JoinWaitlistDocument,
  LeaveWaitlistDocument,
  PatientWaitlistDocument,
  SlotOfferedDocument,
  type PatientWaitlistQuery,
} from '@hospital/client';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { clinicToday, formatDateTime, formatTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { formatClinicDay } from '../../ui/format.js';
import { DataTable } from '../../ui/table.js';
import { claimRefusal, isOpen, openFirst, openOffers, withLiveOffer, type OfferView } from './waitlist-offers.js';
import { defaultPeriod, latestTo, periodProblems } from './waitlist-period.js';

type Entry = PatientWaitlistQuery['waitlist'][number];

// A button beside labelled fields sits on their line (a label keeps a margin below its field).
const ALIGNED = { marginBottom: '0.75rem' };

// A select as wide as its longest service would push a phone's page sideways.
const FITS = { maxWidth: '100%' };

// An empty list names no type, so urql's document cache would not know that joining changes it.
const WAITLIST_CONTEXT = { additionalTypenames: ['WaitlistEntry', 'SlotOffer'] };

/** Joining: a service from the catalogue, a doctor of its department or any, and the days she could come. */
function JoinWaitlist({ patientId }: { patientId: string }) {
  const zone = useClinicZone();
  const [today] = useState(() => clinicToday(zone));
  const [{ data: catalog, fetching: loadingCatalog, error: catalogError }] = useQuery({ query: CatalogDocument });
  const [serviceId, setServiceId] = useState('');
  const [doctorId, setDoctorId] = useState('');
  const [period, setPeriod] = useState(() => defaultPeriod(today));
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data, fetching, error }, join] = useMutation(JoinWaitlistDocument);

  const departments = catalog?.departments ?? [];
  const department = departments.find((candidate) => candidate.services.some((service) => service.id === serviceId));

  function chooseService(id: string) {
    setServiceId(id);
    const next = departments.find((candidate) => candidate.services.some((service) => service.id === id));
    // A doctor of another department cannot see this service: back to any doctor.
    if (!next?.doctors.some((doctor) => doctor.id === doctorId)) setDoctorId('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = serviceId ? periodProblems(period.from, period.to, today) : ['Choose a service to wait for.'];
    setProblems(found);
    if (found.length) return;
    void join({ input: { patientId, serviceId, ...(doctorId ? { doctorId } : {}), ...period } });
  }

  const joined = data?.joinWaitlist;
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">Wait for a free slot</h2>
      <p>When a visit is cancelled in the days you choose, you are offered its time for 15 minutes.</p>
      <ProblemNotice error={catalogError} />
      {loadingCatalog && !catalog && <Loading what="the services" />}
      <form onSubmit={submit} noValidate>
        <div className="row">
          <label style={FITS}>
            Service
            <select value={serviceId} onChange={(event) => chooseService(event.target.value)} required>
              <option value="">Choose a service</option>
              {departments.map((candidate) => (
                <optgroup key={candidate.id} label={candidate.name}>
                  {candidate.services.map((service) => (
                    <option key={service.id} value={service.id}>
                      {service.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label style={FITS}>
            Doctor
            <select value={doctorId} onChange={(event) => setDoctorId(event.target.value)} disabled={!department}>
              <option value="">{department ? `Any doctor in ${department.name}` : 'Any doctor'}</option>
              {department?.doctors.map((doctor) => (
                <option key={doctor.id} value={doctor.id}>
                  {doctor.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            First day
            <input
              type="date"
              value={period.from}
              min={today}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
              required
            />
          </label>
          <label>
            Last day
            <input
              type="date"
              value={period.to}
              min={period.from || today}
              max={period.from ? latestTo(period.from) : undefined}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
              required
            />
          </label>
          <button type="submit" disabled={fetching} style={ALIGNED}>
            Join the waitlist
          </button>
        </div>
      </form>
      {problems.length > 0 && (
        <div className="problem" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <ProblemNotice error={error} />
      <div role="status" aria-live="polite">
        {joined && (
          <p className="notice">
            You are waiting for {joined.service.name} {joined.doctor ? `with ${joined.doctor.name}` : 'with any doctor'}{' '}
            from {formatClinicDay(joined.from)} to {formatClinicDay(joined.to)}.
          </p>
        )}
      </div>
    </section>
  );
}

/** Leaving ends the entry; an open offer of it goes to the next patient waiting. */
function LeaveEntry({ entry }: { entry: Entry }) {
  const [{ fetching, error }, leave] = useMutation(LeaveWaitlistDocument);
  if (!isOpen(entry.status)) return null;
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={fetching}
        aria-label={`Leave the waitlist for ${entry.service.name}`}
        onClick={() => void leave({ id: entry.id })}
      >
        Leave
      </button>
      <ProblemNotice error={error} />
    </>
  );
}

function EntriesTable({ entries }: { entries: Entry[] }) {
  const zone = useClinicZone();
  return (
    <DataTable
      caption="Your waitlist entries, open ones first"
      columns={['Service', 'Doctor', 'Days', 'Status', 'Offers', 'Actions']}
      region="Your waitlist entries"
    >
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-entry={entry.id}>
            <th scope="row">{entry.service.name}</th>
            <td>{entry.doctor?.name ?? 'Any doctor'}</td>
            <td>
              {formatClinicDay(entry.from)} – {formatClinicDay(entry.to)}
            </td>
            <td>
              <span className={`badge ${entry.status}`}>{entry.status}</span>
            </td>
            <td>
              {entry.offers.length === 0 ? (
                <small>None yet</small>
              ) : (
                <ul>
                  {entry.offers.map((offer) => (
                    <li key={offer.id}>
                      {formatDateTime(offer.start, zone)} with {offer.doctor.name}{' '}
                      <span className={`badge ${offer.status}`}>{offer.status}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <LeaveEntry entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * The offers she may claim, in a live region: one that arrives while the page is open is read out
 * at once. The first claim books the slot as a visit for the doctor to approve.
 */
function Offers({ offers, onClaimed }: { offers: OfferView[]; onClaimed: () => void }) {
  const zone = useClinicZone();
  const [booked, setBooked] = useState<OfferView | null>(null);
  const [{ fetching, error }, claim] = useMutation(ClaimSlotOfferDocument);
  const refusal = error ? claimRefusal(error.graphQLErrors) : undefined;

  async function claimOffer(offer: OfferView) {
    setBooked(null);
    const result = await claim({ offerId: offer.id });
    if (result.data) setBooked(offer);
    // Claimed or refused, the offer has changed: the list says how (a refused one drops out, its words stay).
    onClaimed();
  }

  return (
    <section aria-labelledby="offers-heading">
      <h2 id="offers-heading">Offers for you</h2>
      <div role="status" aria-live="polite">
        {booked && (
          <p className="notice">
            Booked: {booked.serviceName} with {booked.doctorName} on {formatDateTime(booked.start, zone)}. The doctor
            will confirm it; see <Link to="/patient/visits">My visits</Link>.
          </p>
        )}
        {offers.length === 0 ? (
          <p className="empty">No slot is on offer right now. Offers appear here as soon as one frees.</p>
        ) : (
          <ul className="alternatives">
            {offers.map((offer) => (
              <li key={offer.id} className="card" data-offer={offer.id}>
                <p>
                  <strong>
                    {offer.serviceName} with {offer.doctorName}
                  </strong>{' '}
                  on {formatDateTime(offer.start, zone)}–{formatTime(offer.end, zone)}.
                  <br />
                  Yours to claim until {formatTime(offer.expiresAt, zone)}.
                </p>
                <button
                  type="button"
                  disabled={fetching}
                  aria-label={`Claim ${offer.serviceName} on ${formatDateTime(offer.start, zone)}`}
                  onClick={() => void claimOffer(offer)}
                >
                  Claim
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ProblemNotice error={error} words={refusal ? { SLOT_TAKEN: refusal } : undefined} />
    </section>
  );
}

export function WaitlistPage({ patientId }: { patientId: string }) {
  const [{ data, fetching, error }, refresh] = useQuery({
    query: PatientWaitlistDocument,
    variables: { patientId },
    context: WAITLIST_CONTEXT,
  });
  const [{ data: live = [], error: liveError }] = useSubscription(
    { query: SlotOfferedDocument, variables: { patientId } },
    (earlier: OfferView[] = [], { slotOffered }) =>
      withLiveOffer(earlier, {
        id: slotOffered.id,
        start: slotOffered.start,
        end: slotOffered.end,
        expiresAt: slotOffered.expiresAt,
        status: slotOffered.status,
        doctorName: slotOffered.doctor.name,
        serviceName: slotOffered.service.name,
      }),
  );
  const latest = live.at(-1)?.id;
  // An offer changes its entry (OFFERED): the list is read again to show it.
  useEffect(() => {
    if (latest) refresh({ requestPolicy: 'network-only' });
  }, [latest, refresh]);

  const entries = openFirst(data?.waitlist ?? []);
  return (
    <>
      <h1>Waitlist</h1>
      <ProblemNotice error={liveError} />
      <Offers
        offers={openOffers(data?.waitlist ?? [], live)}
        onClaimed={() => refresh({ requestPolicy: 'network-only' })}
      />
      <JoinWaitlist patientId={patientId} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Your waitlist</h2>
        <ProblemNotice error={error} />
        {fetching && !data && <Loading what="your waitlist" />}
        {data && entries.length === 0 && <Empty>You are not waiting for any slot.</Empty>}
        {entries.length > 0 && <EntriesTable entries={entries} />}
      </section>
    </>
  );
}
