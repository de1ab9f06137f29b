import { loaderById } from '@hospital/kit';
import type { Appointment } from './appointment.entity.js';
import type { AppointmentService } from './appointment.service.js';

export const createAppointmentLoader = (appointments: AppointmentService) =>
  loaderById(
    (ids) => appointments.findByIds(ids),
    (appointment: Appointment) => appointment.id,
  );
