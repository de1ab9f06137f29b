import {
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  UsersDocument,
  type Role,
  type UsersQuery,
} from '@hospital/client';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { Confirm, PanelButton, type PanelProps } from '../../ui/confirm.js';
import { formatDateTime } from '../../ui/format.js';
import { SearchForm } from '../../ui/search-form.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { Pager, useCursorPages } from '../../ui/pager.js';
import { DataTable } from '../../ui/table.js';

type User = UsersQuery['users']['edges'][number]['node'];
type Action = 'role' | 'deactivate' | 'reactivate';

const ROLES: readonly (readonly [Role, string])[] = [
  ['PATIENT', 'Patient'],
  ['DOCTOR', 'Doctor'],
  ['STAFF', 'Desk (staff)'],
  ['STAKEHOLDER', 'Business department'],
  ['ADMIN', 'Administrator'],
];
const roleOf = (value: string): Role | undefined => ROLES.find(([role]) => role === value)?.[0];
const roleName = (role: Role): string => ROLES.find(([candidate]) => candidate === role)?.[1] ?? role;
const PAGE_SIZE = 20;
/** The roles as a select's options, for the filter and for a new role alike. */
const ROLE_OPTIONS = ROLES.map(([value, label]) => (
  <option key={value} value={value}>
    {label}
  </option>
));

interface UserPanelProps extends PanelProps {
  user: User;
}

function ChangeRole({ user, onDone, onClose }: UserPanelProps) {
  const [role, setRole] = useState<Role>(user.role);
  const [{ fetching, error }, change] = useMutation(ChangeUserRoleDocument);
  return (
    <Confirm
      title={`Change the role of ${user.email}?`}
      confirm="Change the role"
      disabled={fetching || role === user.role}
      error={error}
      onClose={onClose}
      onConfirm={() =>
        void change({ id: user.id, role }).then((result) => {
          if (result.data) onDone(`${user.email} is now: ${roleName(result.data.changeUserRole.role)}.`);
        })
      }
    >
      <p>
        Now: {roleName(user.role)}. Changing the role ends every session of the account; they sign in again with the new
        role.
      </p>
      <label>
        New role
        <select value={role} onChange={(event) => setRole(roleOf(event.target.value) ?? user.role)}>
          {ROLE_OPTIONS}
        </select>
      </label>
    </Confirm>
  );
}

function Deactivate({ user, onDone, onClose }: UserPanelProps) {
  const [reason, setReason] = useState('');
  const [{ fetching, error }, deactivate] = useMutation(DeactivateUserDocument);
  return (
    <Confirm
      title={`Deactivate ${user.email}?`}
      confirm="Deactivate the account"
      danger
      disabled={fetching}
      error={error}
      onClose={onClose}
      onConfirm={() =>
        void deactivate({ id: user.id, reason: reason.trim() }).then((result) => {
          if (result.data) onDone(`${user.email} is deactivated and signed out everywhere.`);
        })
      }
    >
      <p>They can no longer sign in, and every session they have ends within seconds. Their history stays.</p>
      <label>
        Reason, for the record
        <input required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
    </Confirm>
  );
}

function Reactivate({ user, onDone, onClose }: UserPanelProps) {
  const [{ fetching, error }, reactivate] = useMutation(ReactivateUserDocument);
  return (
    <Confirm
      title={`Reactivate ${user.email}?`}
      confirm="Reactivate the account"
      disabled={fetching}
      error={error}
      onClose={onClose}
      onConfirm={() =>
        void reactivate({ id: user.id }).then((result) => {
          if (result.data) onDone(`${user.email} may sign in again.`);
        })
      }
    >
      <p>They may sign in again with their password.</p>
    </Confirm>
  );
}

const PANELS: Record<Action, (props: UserPanelProps) => ReactNode> = {
  role: ChangeRole,
  deactivate: Deactivate,
  reactivate: Reactivate,
};

interface Filter {
  search: string;
  role: Role | '';
  active: '' | 'true' | 'false';
}

function FilterForm({ onApply }: { onApply: (filter: Filter) => void }) {
  const [filter, setFilter] = useState<Filter>({ search: '', role: '', active: '' });
  return (
    <SearchForm label="Accounts" onSearch={() => onApply({ ...filter, search: filter.search.trim() })}>
      <label>
        E-mail contains
        <input
          type="search"
          value={filter.search}
          onChange={(event) => setFilter({ ...filter, search: event.target.value })}
        />
      </label>
      <label>
        Role
        <select
          value={filter.role}
          onChange={(event) => setFilter({ ...filter, role: roleOf(event.target.value) ?? '' })}
        >
          <option value="">Any role</option>
          {ROLE_OPTIONS}
        </select>
      </label>
      <label>
        Account
        <select
          value={filter.active}
          onChange={(event) => {
            const active = event.target.value;
            setFilter({ ...filter, active: active === 'true' || active === 'false' ? active : '' });
          }}
        >
          <option value="">Active or not</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </select>
      </label>
      <button type="submit">Show accounts</button>
    </SearchForm>
  );
}

/** Accounts by e-mail: the administrator changes a role, deactivates or reactivates, each after a confirmation. */
export function UsersPage() {
  const zone = useClinicZone();
  const [filter, setFilter] = useState<Filter>({ search: '', role: '', active: '' });
  const pages = useCursorPages();
  const [action, setAction] = useState<{ kind: Action; user: User } | null>(null);
  const [done, setDone] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: UsersDocument,
    variables: {
      filter: {
        ...(filter.search ? { search: filter.search } : {}),
        ...(filter.role ? { role: filter.role } : {}),
        ...(filter.active ? { active: filter.active === 'true' } : {}),
      },
      first: PAGE_SIZE,
      after: pages.after,
    },
  });
  const users = data?.users.edges.map((edge) => edge.node) ?? [];
  const open = (kind: Action, user: User) => {
    setDone('');
    setAction({ kind, user });
  };
  const Panel = action ? PANELS[action.kind] : null;

  return (
    <>
      <h1>Users</h1>
      <FilterForm
        onApply={(next) => {
          setFilter(next);
          pages.restart();
        }}
      />
      <div role="status" aria-live="polite">
        {done && <p className="notice">{done}</p>}
      </div>
      {action && Panel && (
        <Panel
          key={`${action.kind}-${action.user.id}`}
          user={action.user}
          onClose={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            setDone(message);
          }}
        />
      )}
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="the accounts" />}
      {data && users.length === 0 && <Empty>No account matches.</Empty>}
      {users.length > 0 && (
        <>
          <p className="status">
            {data?.users.totalCount} {data?.users.totalCount === 1 ? 'account' : 'accounts'}
          </p>
          <DataTable
            caption="Accounts by e-mail"
            columns={['E-mail', 'Role', 'Account', 'Created', 'Last sign-in', 'Actions']}
            region="Accounts"
          >
            <tbody>
              {users.map((user) => (
                <tr key={user.id} data-user={user.id}>
                  <th scope="row">{user.email}</th>
                  <td>{roleName(user.role)}</td>
                  <td>
                    <span className={`badge ${user.active ? 'active' : 'inactive'}`}>
                      {user.active ? 'Active' : 'Deactivated'}
                    </span>
                  </td>
                  <td>{formatDateTime(user.createdAt, zone)}</td>
                  <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, zone) : 'Never'}</td>
                  <td>
                    <div className="row">
                      <Link
                        to={`/admin/audit?actor=${encodeURIComponent(user.id)}`}
                        aria-label={`Audit trail of ${user.email}`}
                      >
                        Audit trail
                      </Link>
                      <PanelButton
                        name={`Change role of ${user.email}`}
                        look="secondary"
                        onOpen={() => open('role', user)}
                      >
                        Change role…
                      </PanelButton>
                      {user.active ? (
                        <PanelButton
                          name={`Deactivate ${user.email}`}
                          look="danger"
                          onOpen={() => open('deactivate', user)}
                        >
                          Deactivate…
                        </PanelButton>
                      ) : (
                        <PanelButton
                          name={`Reactivate ${user.email}`}
                          look="secondary"
                          onOpen={() => open('reactivate', user)}
                        >
                          Reactivate…
                        </PanelButton>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      {data && <Pager label="accounts" pages={pages} pageInfo={data.users.pageInfo} />}
    </>
  );
}
