// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kerberos-tickets lets an app authenticate with the Kerberos tickets
// the user got on the host (at login, or with kinit), as GSSAPI and
// Kerberos clients do: read the host's Kerberos configuration, and the
// user's credential cache. The slot is the system's; it never
// auto-connects, since a ticket-granting ticket lets its holder act as
// the user towards every service of the realm while it lasts.
//
// Credential caches, by type:
//   - FILE caches in /tmp (krb5cc_UID, the MIT default, or
//     krb5cc_UID_XXXXXX as SSSD names them) and DIR collections there.
//     A strict snap has a /tmp of its own, in which the host's files do
//     not appear; its mount namespace shows the host's whole tree under
//     /var/lib/snapd/hostfs, so the rules name the caches there, as the
//     reference does: /var/lib/snapd/hostfs/tmp/krb5cc_UID.
//   - DIR collections in the user's runtime directory
//     (/run/user/UID/krb5cc, an older Fedora default), which snaps share
//     with the host.
//   - KCM caches (the Fedora and RHEL default), kept by sssd-kcm or
//     Heimdal's kcm behind one socket; the daemon tells users apart by
//     the socket's peer credentials, and an app reaches its own user's
//     caches only. Through it the app may also store or destroy them.
//   - KEYRING caches need keyctl(), which the base seccomp policy
//     refuses: the user's keyrings hold other secrets than tickets. They
//     are not granted.
//
// Caches are read only, under the fcntl lock the Kerberos library takes
// while it reads: a client that renews or acquires tickets with kinit
// keeps them in a cache of its own (in its own /tmp). Each cache rule
// carries "owner" and names the user's id, so that another user's
// caches stay out of reach even where their modes would let them be
// read. Talking to the realm's KDCs takes the network interface.
//
// Left to the launcher, which no backend of this library covers: the
// Kerberos library finds a FILE cache through KRB5CCNAME or
// krb5.conf's default_ccache_name, both naming /tmp. The reference's
// "snap run" rewrites a KRB5CCNAME of FILE:/tmp/krb5cc* (or DIR:/tmp)
// to the same path under /var/lib/snapd/hostfs before it starts a
// strict snap's app; a daemon that launches apps does the same, or the
// app sets KRB5CCNAME itself.
//
// Where it differs from the reference: the reference grants
// /var/lib/snapd/hostfs/tmp/krb5cc* to any user, and neither the
// configuration nor KCM or DIR caches; without krb5.conf the library
// knows no realm.

const kerberosTicketsSummary = `allows authenticating with the user's Kerberos tickets`

const kerberosTicketsConnectedPlugAppArmor = `
# Description: authenticate with the user's Kerberos tickets, which the
# user got on the host, as GSSAPI and Kerberos clients do.

# The host's Kerberos configuration: krb5.conf, the drop-in directory
# Fedora and RHEL include, the snippets SSSD writes for the realms it
# serves (its includedir), and GSSAPI's list of mechanisms. Not the
# host's keytab.
/etc/krb5.conf r,
/etc/krb5.conf.d/{,**} r,
/var/lib/sss/pubconf/krb5.include.d/{,**} r,
/etc/gss/mech r,
/etc/gss/mech.d/{,*} r,

# The user's FILE caches and DIR collections in the host's /tmp, seen
# through the host's tree (the snap's own /tmp hides them): read under a
# lock, never written.
owner /var/lib/snapd/hostfs/tmp/krb5cc_@{uid}{,_*} rk,
owner /var/lib/snapd/hostfs/tmp/krb5cc_@{uid}{,_*}/ r,
owner /var/lib/snapd/hostfs/tmp/krb5cc_@{uid}{,_*}/{primary,tkt*} rk,

# A DIR collection in the user's runtime directory.
owner /run/user/@{uid}/krb5cc/ r,
owner /run/user/@{uid}/krb5cc/{primary,tkt*} rk,

# The KCM daemon's socket (sssd-kcm, Heimdal's kcm), which serves each
# user's own caches.
@{run}/.heim_org.h5l.kcm-socket rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "kerberos-tickets",
		summary:               kerberosTicketsSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kerberosTicketsConnectedPlugAppArmor,
	})
}
