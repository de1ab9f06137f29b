import { AvailableSlotsDocument } from '@hospital/client';
import { useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatTime } from '../../ui/format.js';
import { Loading, ProblemNotice } from '../../ui/status.js';
import { dayWindow, onClinicDay, slotKey } from './slots.js';

interface Props {
  serviceId: string;
  /** Empty: any doctor of the service's department. */
  doctorId: string;
  day: string;
  value: string;
  onChange: (key: string) => void;
}

/** The free starts of a service on one clinic day, with one doctor or any of the department, as one select. */
export function FreeTimeSelect(props: Props) {
  if (!props.serviceId || !props.day)
    return <p className="status">Choose a service and a day to see the free times.</p>;
  return <FreeTimes {...props} />;
}

function FreeTimes({ serviceId, doctorId, day, value, onChange }: Props) {
  const zone = useClinicZone();
  const [{ data, fetching, error }] = useQuery({
    query: AvailableSlotsDocument,
    variables: { input: { serviceId, doctorId: doctorId || null, ...dayWindow(day) } },
  });
  if (error) return <ProblemNotice error={error} />;
  if (!data) return fetching ? <Loading what="the free times" /> : null;
  const slots = onClinicDay(data.availableSlots, day, zone);
  if (slots.length === 0) return <p className="empty">No free times that day; try another day or doctor.</p>;
  return (
    <label>
      Free time
      <select required value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a time ({slots.length} free)</option>
        {slots.map((slot) => (
          <option
            key={slotKey({ doctorId: slot.doctor.id, start: slot.start })}
            value={slotKey({ doctorId: slot.doctor.id, start: slot.start })}
          >
            {formatTime(slot.start, zone)}–{formatTime(slot.end, zone)} · {slot.doctor.name}
          </option>
        ))}
      </select>
    </label>
  );
}
