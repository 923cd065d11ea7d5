// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// account-control lets an app manage the accounts that are not part of
// the system image: add, change and remove users and groups and set
// their passwords, with useradd, usermod, userdel, groupadd, chpasswd
// and their kin. Those accounts live in the extra-users database
// (/var/lib/extrausers), the writable account database Ubuntu Core
// keeps beside its read-only /etc; the tools write it when run with
// --extrausers. The slot is the system's; the plug installs anywhere
// and is connected by hand.
//
// It does not grant writing /etc/passwd, /etc/group, /etc/shadow or
// /etc/gshadow, nor reading the shadow files there: the system's own
// accounts stay out of reach, and the base policy denies /etc/shadow to
// every snap. Home directories are not created or removed either:
// write access to users' homes is what the home interface gates.

const accountControlSummary = `allows managing non-system user accounts and groups`

const accountControlConnectedPlugAppArmor = `
# Description: add, change and remove non-system user accounts and groups
# and set their passwords, in the extra-users database.

# The account tools, run in this profile.
/{,usr/}sbin/{chage,chgpasswd,chpasswd,gpasswd,groupadd,groupdel,groupmod,useradd,userdel,usermod} ixr,

# The extra-users database (passwd, shadow, group, gshadow) with the
# backup, temporary and lock files the tools write beside each file;
# their locks are taken by hard-linking a temporary file.
/var/lib/extrausers/ r,
/var/lib/extrausers/** rwkl,

# The global lock the tools hold around every change of any account
# database.
/etc/.pwd.lock rwk,

# The tools' settings, and PAM's for chpasswd, which hashes passwords.
# The system's own account files are read to keep names and ids unique.
/etc/login.defs r,
/etc/default/useradd r,
/etc/pam.d/ r,
/etc/pam.d/* r,
/etc/security/ r,
/etc/security/** r,
/etc/{group,passwd,subgid,subuid} r,

# The tools give each file they rewrite its owner and group back (root,
# and the shadow group for the shadow files).
capability chown,

# The tools report account changes to the audit log.
capability audit_write,
network netlink raw,
`

const accountControlConnectedPlugSecComp = `
# Description: manage non-system user accounts and groups.

# Rewritten database files go back to their owner, root (user 0); no
# other owner may be set.
chown - 0 -
chown32 - 0 -
fchown - 0 -
fchown32 - 0 -
fchownat - - 0 - -

# Report account changes to the audit subsystem.
socket AF_NETLINK - NETLINK_AUDIT
`

func init() {
	registerIface(&commonInterface{
		name:                  "account-control",
		summary:               accountControlSummary,
		docURL:                "https://snapcraft.io/docs/account-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: accountControlConnectedPlugAppArmor,
		connectedPlugSecComp:  accountControlConnectedPlugSecComp,
	})
}
