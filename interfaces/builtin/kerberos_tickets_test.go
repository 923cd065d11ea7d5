// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kerberosTicketsSuite struct{ systemSuite }

var _ = check.Suite(&kerberosTicketsSuite{systemSuite{systemCase{
	name:    "kerberos-tickets",
	summary: "allows authenticating with the user's Kerberos tickets",
	appArmor: []string{
		"/etc/krb5.conf r,",
		"owner /var/lib/snapd/hostfs/tmp/krb5cc_@{uid}{,_*} rk,",
		"@{run}/.heim_org.h5l.kcm-socket rw,",
	},
	// Read only, the user's own caches, and no keytab.
	mustNotGrant: []string{anyCapability, `deny .*`, containing("keytab"), `(/var/lib/snapd/hostfs/tmp|owner /var/lib/snapd/hostfs/tmp).* [a-z]*w[a-z]*,`, `/var/lib/snapd/hostfs/tmp/(\*|krb5cc\*).*`},
}}})

// The app reads the host's configuration and the user's caches in the
// host's /tmp, the user's runtime directory and the KCM daemon; not
// another user's caches, the host's keytab or KDC secrets, nor the rest
// of the host's /tmp, and it writes no cache.
func (s *kerberosTicketsSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("kerberos-tickets"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /etc/krb5.conf",
		"file r /etc/krb5.conf.d/crypto-policies",
		"file r /var/lib/sss/pubconf/krb5.include.d/domain_realm_example_com",
		"file r /etc/gss/mech.d/gssntlmssp.conf",
		"file rk /var/lib/snapd/hostfs/tmp/krb5cc_1000",
		"file rk /var/lib/snapd/hostfs/tmp/krb5cc_1000_Xq3bTz",
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_1000_dir/",
		"file rk /var/lib/snapd/hostfs/tmp/krb5cc_1000_dir/tkt7e4Sqn",
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_1000_dir/primary",
		"file rk /var/lib/snapd/hostfs/tmp/krb5cc_0",
		"file rk /run/user/1000/krb5cc/tktAbCdEf",
		"file rw /run/.heim_org.h5l.kcm-socket",
		"file rw /var/run/.heim_org.h5l.kcm-socket",
		"unix connect stream peer_addr=/run/.heim_org.h5l.kcm-socket peer=unconfined",
	}, []string{
		// Another user's caches, where their modes would allow it.
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_1001 !owner",
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_1001_dir/tkt1 !owner",
		"file r /run/user/1001/krb5cc/tkt1 !owner",
		// Never written: kinit keeps its caches in the snap's own /tmp.
		"file w /var/lib/snapd/hostfs/tmp/krb5cc_1000",
		"file w /var/lib/snapd/hostfs/tmp/krb5cc_1000_dir/primary",
		"file w /etc/krb5.conf",
		// Names that are not the user's id.
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_",
		"file r /var/lib/snapd/hostfs/tmp/krb5cc_admin",
		"file r /var/lib/snapd/hostfs/tmp/krb5cc.puppet",
		// The rest of the host's /tmp and tree.
		"file r /var/lib/snapd/hostfs/tmp/",
		"file rw /var/lib/snapd/hostfs/tmp/.X11-unix/X0",
		"file rw /var/lib/snapd/hostfs/tmp/ssh-XXXXabcd/agent.4242",
		"file r /var/lib/snapd/hostfs/etc/krb5.keytab",
		"file r /var/lib/snapd/hostfs/etc/shadow",
		// The host's secrets and SSSD's databases.
		"file r /etc/krb5.keytab",
		"file r /etc/krb5kdc/kdc.conf",
		"file r /var/lib/krb5kdc/principal",
		"file r /var/lib/sss/secrets/secrets.ldb",
		"file r /var/lib/sss/db/cache_example.com.ldb",
		"file rw /var/lib/sss/pipes/private/sbus-dp_example.com",
		"file rw /var/lib/gssproxy/default.sock",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file r /var/lib/snapd/hostfs/tmp/krb5cc_1000", "file r /etc/krb5.conf"})
}
