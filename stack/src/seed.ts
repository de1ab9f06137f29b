import {
  CatalogDocument,
  CreateDepartmentDocument,
  CreateDoctorDocument,
  CreateMedicalServiceDocument,
  CreateStaffAccountDocument,
  RegisterPatientDocument,
  request,
  SetWeeklyAvailabilityDocument,
  SignInDocument,
  SignUpDocument,
  type DayOfWeek,
  type Role,
} from '@hospital/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Logger } from '@hospital/kit';

/** Every demo account's password (the administrator's comes from BOOTSTRAP_ADMIN_PASSWORD). */
export const DEMO_PASSWORD = 'demo-password-1';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  who: string;
}

/** Sends one of the project's client operations, as a frontend would; any error stops the seeding. */
const client =
  (url: string) =>
  async <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables, token?: string) => {
    const { data, errors, status } = await request(url, document, variables, { token });
    if (errors?.length || !data) {
      throw new Error(`seeding failed: ${errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`}`);
    }
    return data;
  };

const WEEKDAYS: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

interface DemoDepartment {
  department: string;
  services: { name: string; durationMinutes: number; price: string }[];
  doctors: { name: string; specialty: string; days: DayOfWeek[]; hours: { startTime: string; endTime: string } }[];
}

const CATALOG: DemoDepartment[] = [
  {
    department: 'Obstetrics',
    services: [
      { name: 'Prenatal consultation', durationMinutes: 30, price: '105.00' },
      { name: 'Pregnancy follow-up visit', durationMinutes: 60, price: '180.00' },
    ],
    doctors: [
      {
        name: 'Olena Kovalenko',
        specialty: 'Obstetrician-gynecologist',
        days: WEEKDAYS,
        hours: { startTime: '09:00', endTime: '17:00' },
      },
      {
        name: 'Andriy Shevchenko',
        specialty: 'Obstetrician',
        days: ['MONDAY', 'WEDNESDAY', 'FRIDAY'],
        hours: { startTime: '10:00', endTime: '18:00' },
      },
    ],
  },
  {
    department: 'Gynecology',
    services: [
      { name: 'Gynecological consultation', durationMinutes: 30, price: '95.00' },
      { name: 'Colposcopy', durationMinutes: 30, price: '140.00' },
    ],
    doctors: [
      {
        name: 'Iryna Bondarenko',
        specialty: 'Gynecologist',
        days: WEEKDAYS,
        hours: { startTime: '09:00', endTime: '15:00' },
      },
    ],
  },
  {
    department: 'Neonatology',
    services: [
      { name: 'Newborn check-up', durationMinutes: 30, price: '90.00' },
      { name: 'Breastfeeding consultation', durationMinutes: 60, price: '120.00' },
    ],
    doctors: [
      {
        name: 'Mykola Tkachenko',
        specialty: 'Neonatologist',
        days: WEEKDAYS,
        hours: { startTime: '11:00', endTime: '18:00' },
      },
    ],
  },
  {
    department: 'Ultrasound Diagnostics',
    services: [
      { name: 'Second-trimester fetal ultrasound', durationMinutes: 30, price: '150.00' },
      { name: '3D/4D pregnancy ultrasound', durationMinutes: 60, price: '220.00' },
    ],
    doctors: [
      {
        name: 'Sofia Melnyk',
        specialty: 'Sonographer',
        days: ['TUESDAY', 'THURSDAY', 'SATURDAY'],
        hours: { startTime: '09:00', endTime: '14:00' },
      },
    ],
  },
];

const WALK_IN_PATIENTS = [
  {
    name: 'Kateryna Lysenko',
    email: 'kateryna.lysenko@mail.example',
    phone: '+380671112233',
    dateOfBirth: '1994-05-17',
    address: '12 Khreshchatyk St, Kyiv',
  },
  {
    name: 'Natalia Moroz',
    email: 'natalia.moroz@mail.example',
    phone: '+380502223344',
    dateOfBirth: '1989-11-02',
    address: '7 Saksahanskoho St, Kyiv',
  },
];

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@maternity.example`;

const PATIENT = {
  name: 'Marta Hrytsenko',
  email: 'marta.hrytsenko@mail.example',
  phone: '+380931234567',
  dateOfBirth: '1996-08-24',
  address: '3 Volodymyrska St, Kyiv',
  gender: 'female',
};
const STAFF = { email: 'reception@maternity.example', role: 'STAFF' as Role, who: 'reception and billing desk' };
const STAKEHOLDER = { email: 'business@maternity.example', role: 'STAKEHOLDER' as Role, who: 'business department' };

/** Who can sign in to the demo, and as what. */
export function demoLogins(admin: { email: string; password: string }): DemoLogin[] {
  return [
    { role: 'ADMIN', email: admin.email, password: admin.password, who: 'administrator' },
    ...[STAFF, STAKEHOLDER].map(({ email, role, who }) => ({ role, email, password: DEMO_PASSWORD, who })),
    ...CATALOG.flatMap(({ department, doctors }) =>
      doctors.map((doctor) => ({
        role: 'DOCTOR',
        email: emailOf(doctor.name),
        password: DEMO_PASSWORD,
        who: `Dr. ${doctor.name}, ${department}`,
      })),
    ),
    { role: 'PATIENT', email: PATIENT.email, password: DEMO_PASSWORD, who: `${PATIENT.name}, a patient` },
  ];
}

/**
 * Demo data of a small maternity hospital, entered through the gateway as the
 * hospital's own people would: nothing here writes to a database directly.
 * Skipped when the catalogue already has departments, so a restart keeps the data.
 */
export async function seedDemoData(gatewayUrl: string, admin: { email: string; password: string }, logger: Logger) {
  const call = client(gatewayUrl);
  const adminToken = (await call(SignInDocument, admin)).signIn.token;
  if ((await call(CatalogDocument, {}, adminToken)).departments.length > 0) return;

  const createAccount = async (email: string, role: Role) =>
    (await call(CreateStaffAccountDocument, { input: { email, password: DEMO_PASSWORD, role } }, adminToken))
      .createStaffAccount.id;

  let doctorNumber = 0;
  for (const { department, services, doctors } of CATALOG) {
    const departmentId = (await call(CreateDepartmentDocument, { name: department }, adminToken)).createDepartment.id;
    for (const service of services) {
      await call(CreateMedicalServiceDocument, { input: { ...service, departmentId } }, adminToken);
    }
    for (const doctor of doctors) {
      doctorNumber += 1;
      const email = emailOf(doctor.name);
      const userId = await createAccount(email, 'DOCTOR');
      const input = {
        userId,
        name: doctor.name,
        email,
        phone: `+3804423400${String(doctorNumber).padStart(2, '0')}`,
        specialty: doctor.specialty,
        licenseNumber: `UA-MED-${10_000 + doctorNumber}`,
        departmentId,
      };
      await call(CreateDoctorDocument, { input }, adminToken);
      const rules = doctor.days.map((dayOfWeek) => ({ dayOfWeek, ...doctor.hours }));
      await call(SetWeeklyAvailabilityDocument, { doctorId: userId, rules }, adminToken);
    }
  }
  for (const { email, role } of [STAFF, STAKEHOLDER]) await createAccount(email, role);

  const patientToken = (await call(SignUpDocument, { input: { email: PATIENT.email, password: DEMO_PASSWORD } })).signUp
    .token;
  await call(RegisterPatientDocument, { input: PATIENT }, patientToken);
  const staffToken = (await call(SignInDocument, { email: STAFF.email, password: DEMO_PASSWORD })).signIn.token;
  for (const patient of WALK_IN_PATIENTS) await call(RegisterPatientDocument, { input: patient }, staffToken);
  logger.info('demo data seeded');
}
