import { useClinicZone } from '../../auth/session.js';
import { clinicToday } from '../../ui/format.js';

/** A clinic day from today on; choosing another drops the time chosen for the old one. */
export function DayField({ label, day, onChange }: { label: string; day: string; onChange: (day: string) => void }) {
  const zone = useClinicZone();
  return (
    <label>
      {label}
      <input
        type="date"
        required
        min={clinicToday(zone)}
        value={day}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** One doctor of a department, or any of them (the empty value). */
export function DoctorField({
  label,
  anyLabel,
  doctors,
  value,
  disabled = false,
  onChange,
}: {
  label: string;
  anyLabel: string;
  doctors: readonly { id: string; name: string }[];
  value: string;
  disabled?: boolean;
  onChange: (doctorId: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {doctors.map((doctor) => (
          <option key={doctor.id} value={doctor.id}>
            {doctor.name}
          </option>
        ))}
      </select>
    </label>
  );
}
