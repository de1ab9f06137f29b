/** Every doctor's name by id, from the catalogue's departments: how a SLOT_TAKEN alternative (a bare doctorId) is named. */
export function doctorNames(
  departments: readonly { doctors: readonly { id: string; name: string }[] }[],
): Map<string, string> {
  return new Map(
    departments.flatMap((department) => department.doctors.map((doctor) => [doctor.id, doctor.name] as const)),
  );
}
