// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// Policy text that clients of the host's services share: joining the
// D-Bus system or session bus, looking up names as glibc's name service
// switch does, and verifying TLS peers against the host's certificate
// authorities. An interface whose app talks to a service over D-Bus
// appends the bus rules to the message rules it grants (the messages
// alone reach nothing: the app could not connect to the bus); an
// interface that uses the network appends the name-service and
// certificate rules. Each piece is a group of rules with its own
// comment, for the interface's text to append after its own
// "# Description:" line.
//
// The bus daemons run unconfined on every host snaps run on; the rules
// name them by that label and by the bus daemon's own name,
// org.freedesktop.DBus, so that no other unconfined process is reached
// through them.

// dbusSystemBusAppArmor lets an app join the system bus: connect to its
// socket, get a unique name (Hello), have signals routed to it and stop
// them (AddMatch, RemoveMatch), find who owns a name and start a
// service that is not running yet (GetNameOwner, NameHasOwner,
// StartServiceByName), and hear back from the bus daemon about names it
// follows. Messages to the services themselves are the interface's own
// rules.
//
// The bus daemon's signals (NameOwnerChanged, NameAcquired, NameLost)
// go through AppArmor like any message: without the receive rule a
// client that follows a service's name (g_bus_watch_name, sd-bus's
// name tracking) never learns that the service went away or came
// back. The reference's bus rules leave that rule out.
const dbusSystemBusAppArmor = `
# Join the system bus: connect to its socket and ask the bus daemon for
# a name, for signals, and to find and start services; hear from it
# when a name the app follows changes owner.
@{run}/dbus/system_bus_socket rw,
dbus (send)
    bus=system
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={Hello,AddMatch,RemoveMatch,GetNameOwner,NameHasOwner,StartServiceByName}
    peer=(name=org.freedesktop.DBus, label=unconfined),
dbus (receive)
    bus=system
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={NameAcquired,NameLost,NameOwnerChanged}
    peer=(label=unconfined),
`

// dbusSessionBusAppArmor is dbusSystemBusAppArmor for the user's
// session bus. Its socket is "bus" in the user's runtime directory
// under systemd user sessions; a bus daemon started by dbus-launch
// (hosts without them) listens on an abstract socket named after
// /tmp/dbus-, which the rule names with the daemon's label, so that
// other unconfined processes' abstract sockets stay out of reach.
const dbusSessionBusAppArmor = `
# Join the session bus: connect to its socket (in the user's runtime
# directory, or the abstract one dbus-launch makes), and ask the bus
# daemon for a name, for signals, and to find and start services; hear
# from it when a name the app follows changes owner.
owner /run/user/[0-9]*/bus rw,
unix (connect, send, receive) type=stream peer=(label=unconfined, addr="@/tmp/dbus-*"),
dbus (send)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={Hello,AddMatch,RemoveMatch,GetNameOwner,NameHasOwner,StartServiceByName}
    peer=(name=org.freedesktop.DBus, label=unconfined),
dbus (receive)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={NameAcquired,NameLost,NameOwnerChanged}
    peer=(label=unconfined),
`

// dbusBusAppArmor returns the rules that join bus, session or system.
func dbusBusAppArmor(bus string) string {
	if bus == dbusSessionBus {
		return dbusSessionBusAppArmor
	}
	return dbusSystemBusAppArmor
}

// nameServiceAppArmor lets an app look up host, service, protocol,
// user and group names the way glibc's name service switch does with
// the modules hosts configure: the files of /etc; DNS through the
// resolver configuration, wherever the host's resolver manager keeps it
// (systemd-resolved answers on its stub, 127.0.0.53, over UDP and
// TCP); systemd-resolved through nss-resolve (its varlink socket) and
// its D-Bus API (resolvectl, and libraries that resolve over the bus);
// the caches of nscd and sssd; systemd's user database (nss-systemd,
// over varlink); multicast DNS through Avahi (nss-mdns); and netlink
// route sockets, through which getaddrinfo() with AI_ADDRCONFIG lists
// the host's addresses. The D-Bus rules need the app on the system
// bus: append dbusSystemBusAppArmor too.
//
// The user and group tables (/etc/passwd, /etc/group) and
// /etc/nsswitch.conf are in the base policy of every app, which looks
// up its own user.
const nameServiceAppArmor = `
# Name lookups: the name service switch's tables and configuration, and
# the resolver configuration wherever the host's resolver manager
# (systemd-resolved, NetworkManager, resolvconf, connman) keeps it.
/etc/{host.conf,hosts,gai.conf,services,protocols,networks,rpc,ethers,netconfig} r,
/etc/default/nss r,
/etc/resolv.conf r,
@{run}/systemd/resolve/{stub-resolv,resolv}.conf r,
@{run}/{NetworkManager,resolvconf,connman}/resolv.conf r,

# DNS over UDP and TCP (to systemd-resolved's stub, or the servers
# resolv.conf names), and the route netlink socket that lists the
# host's addresses (glibc opens it raw, other libraries as datagrams,
# which netlink treats alike).
network inet dgram,
network inet6 dgram,
network inet stream,
network inet6 stream,
network netlink raw,
network netlink dgram,

# systemd-resolved: nss-resolve's varlink socket, and the lookups of
# its D-Bus API (not its settings, which resolvectl changes as root).
@{run}/systemd/resolve/io.systemd.Resolve rw,
dbus (send)
    bus=system
    path=/org/freedesktop/resolve1
    interface=org.freedesktop.resolve1.Manager
    member={ResolveHostname,ResolveAddress,ResolveRecord,ResolveService}
    peer=(name=org.freedesktop.resolve1, label=unconfined),

# Caching and directory daemons: nscd's socket and the tables it shares,
# sssd's pipe and memory caches, systemd's user database (users and
# groups of services, homed and machined), and Avahi for .local names.
@{run}/nscd/socket rw,
/var/{cache,lib,run}/nscd/{passwd,group,hosts,services,netgroup} r,
/var/lib/sss/pipes/nss rw,
/var/lib/sss/mc/{passwd,group,initgroups,sid} r,
@{run}/systemd/userdb/ r,
@{run}/systemd/userdb/io.systemd.{Multiplexer,NameServiceSwitch,DynamicUser,Home,Machine} rw,
@{run}/avahi-daemon/socket rw,
`

// tlsCertificatesAppArmor lets an app verify TLS peers: the host's
// certificate authorities, in the places Debian, Ubuntu, Fedora, SUSE
// and Arch keep them, and the OpenSSL configuration that says where.
// Private keys, which sit beside them (/etc/ssl/private,
// /etc/pki/tls/private), stay out of reach.
const tlsCertificatesAppArmor = `
# Verify TLS peers against the host's certificate authorities, wherever
# the distribution keeps them; not the private keys beside them.
/etc/ssl/ r,
/etc/ssl/{cert.pem,openssl.cnf} r,
/etc/ssl/certs/{,**} r,
/etc/ca-certificates/{,**} r,
/etc/ca-certificates.conf r,
/usr/share/ca-certificates/{,**} r,
/usr/local/share/ca-certificates/{,**} r,
/etc/pki/ r,
/etc/pki/tls/{,cert.pem,openssl.cnf} r,
/etc/pki/tls/certs/{,**} r,
/etc/pki/ca-trust/{,extracted/{,**}} r,
/var/lib/ca-certificates/{,**} r,
`
