// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type networkSuite struct{ referenceSuite }

var _ = check.Suite(&networkSuite{referenceSuite{referenceCase{
	name:    "network",
	summary: "allows access to the network as a client",
	plugAppArmor: []string{
		"/etc/resolv.conf r,",
		"/etc/ssl/certs/{,**} r,",
		"network inet stream,",
		"network inet6 dgram,",
		"network netlink raw,",
	},
	plugSecComp: []string{"socket AF_NETLINK - NETLINK_ROUTE", "bind"},
	// A client serves nothing (what AppArmor grants is in the access
	// tests).
	mustNotGrant: []string{"listen", "accept"},
}}})

// nameServiceGrants are the lookups every network interface gives
// (nameServiceAppArmor, tlsCertificatesAppArmor and
// dbusSystemBusAppArmor): the name service switch's files and daemons,
// systemd-resolved by each of its ways, DNS, and the host's certificate
// authorities wherever the distribution keeps them.
var nameServiceGrants = []string{
	"file r /etc/hosts",
	"file r /etc/host.conf",
	"file r /etc/gai.conf",
	"file r /etc/services",
	"file r /etc/protocols",
	"file r /etc/resolv.conf",
	"file r /run/systemd/resolve/stub-resolv.conf",
	"file r /run/systemd/resolve/resolv.conf",
	"file r /run/NetworkManager/resolv.conf",
	"network inet dgram",
	"network inet6 dgram",
	"network inet stream",
	"network netlink raw",
	"network netlink dgram",
	"file rw /run/systemd/resolve/io.systemd.Resolve",
	"unix connect stream peer_addr=/run/systemd/resolve/io.systemd.Resolve peer=unconfined",
	"file rw /run/dbus/system_bus_socket",
	"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/resolve1 interface=org.freedesktop.resolve1.Manager member=ResolveHostname name=org.freedesktop.resolve1 peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/resolve1 interface=org.freedesktop.resolve1.Manager member=ResolveAddress name=org.freedesktop.resolve1 peer=unconfined",
	"file rw /run/nscd/socket",
	"file r /var/cache/nscd/hosts",
	"file rw /var/lib/sss/pipes/nss",
	"file r /var/lib/sss/mc/passwd",
	"file r /var/lib/sss/mc/initgroups",
	"file r /run/systemd/userdb/",
	"file rw /run/systemd/userdb/io.systemd.Multiplexer",
	"unix connect stream peer_addr=/run/systemd/userdb/io.systemd.DynamicUser peer=unconfined",
	"file rw /run/avahi-daemon/socket",
	"file r /etc/ssl/certs/",
	"file r /etc/ssl/certs/ca-certificates.crt",
	"file r /etc/ssl/certs/4042bcee.0",
	"file r /etc/ssl/openssl.cnf",
	"file r /usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt",
	"file r /usr/local/share/ca-certificates/corp.crt",
	"file r /etc/pki/tls/certs/ca-bundle.crt",
	"file r /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
	"file r /var/lib/ca-certificates/ca-bundle.pem",
}

// nameServiceNever are what those rules keep out: private keys beside
// the certificates, changes to name resolution, directory daemons'
// databases, and every abstract socket of the host.
var nameServiceNever = []string{
	"file r /etc/ssl/private/server.key",
	"file r /etc/pki/tls/private/server.key",
	"file w /etc/ssl/certs/evil.pem",
	"file w /etc/hosts",
	"file w /etc/resolv.conf",
	"file w /run/systemd/resolve/stub-resolv.conf",
	"file r /etc/shadow",
	"file w /var/lib/sss/mc/passwd",
	"file r /var/lib/sss/db/cache_example.ldb",
	"dbus send bus=system path=/org/freedesktop/resolve1 interface=org.freedesktop.resolve1.Manager member=SetLinkDNS name=org.freedesktop.resolve1 peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/resolve1 interface=org.freedesktop.resolve1.Manager member=FlushCaches name=org.freedesktop.resolve1 peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/resolve1 interface=org.freedesktop.resolve1.Manager member=ResolveHostname name=org.freedesktop.resolve1 peer=snap.other.app",
	"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	"unix send dgram peer_addr=@network-probe peer=unconfined",
}

// checkNetworkAccesses checks an interface that looks names up,
// connected to the system's slot on classic and on Ubuntu Core where
// the system has one, with what it grants and never grants beyond
// that.
func checkNetworkAccesses(c *check.C, iface string, grants, never []string) {
	si := ifaceByName(c, iface).StaticInfo()
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		if sys == builtin.Classic && !si.ImplicitOnClassic || sys == builtin.Core && !si.ImplicitOnCore {
			continue
		}
		cn := connectToSystem(c, sys, consumerYaml(iface))
		cn.checkAccesses(c, plugTag, append(append([]string{}, nameServiceGrants...), grants...), append(append([]string{}, nameServiceNever...), never...))
		cn.checkAccesses(c, otherPlugTag, nil, []string{"file r /etc/hosts", "file rw /run/dbus/system_bus_socket", "network inet dgram"})
	}
}

// A client: TCP and UDP, and name lookups; no raw or packet sockets,
// no privileged ports, no changes.
func (s *networkSuite) TestAccesses(c *check.C) {
	checkNetworkAccesses(c, "network", []string{
		"network inet6 stream",
		"file r /proc/sys/net/ipv4/ip_local_port_range",
	}, []string{
		"network inet raw",
		"network packet raw",
		"capability net_bind_service",
		"capability net_admin",
		"capability net_raw",
		"file w /proc/sys/net/ipv4/ip_forward",
	})
}
