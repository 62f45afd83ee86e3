// A broker-side shim for the local test cluster, not part of kfk. scripts/cluster
// compiles it against the fetched Kafka jars and, for Kafka 4.x, names it in
// `security.providers`, which puts its SASL server factory ahead of Kafka's own.
//
// Why: librdkafka before 2.6.1 (Debian bookworm ships 2.0.2; kcat and kfk link it)
// builds the SCRAM client-final-message nonce as client-nonce + server-first nonce,
// although the server-first nonce already starts with the client nonce (fixed in
// confluentinc/librdkafka#4895). Kafka 3.8.1-3.9.x accept any nonce that ends with the
// server's; Kafka 4.x requires the exact nonce (RFC 5802), so every librdkafka SCRAM
// login fails there with "invalid credentials" although the user exists.
//
// What: every SCRAM exchange still runs through Kafka's own ScramSaslServer. Only a
// final message whose nonce is exactly client-nonce + server nonce (the librdkafka
// form) is verified here instead: the same proof check with Kafka's ScramFormatter
// over the messages as sent. Any other nonce goes to Kafka's server and is refused.
// Test clusters on loopback only.
package dev.kfk.cluster;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.sasl.SaslException;
import javax.security.sasl.SaslServer;
import javax.security.sasl.SaslServerFactory;

import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.security.auth.SecurityProviderCreator;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.apache.kafka.common.security.scram.ScramCredentialCallback;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.common.security.scram.internals.ScramMessages.ClientFinalMessage;
import org.apache.kafka.common.security.scram.internals.ScramMessages.ClientFirstMessage;
import org.apache.kafka.common.security.scram.internals.ScramMessages.ServerFinalMessage;
import org.apache.kafka.common.security.scram.internals.ScramMessages.ServerFirstMessage;
import org.apache.kafka.common.security.scram.internals.ScramSaslServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class ScramNonceCompat implements SecurityProviderCreator {
    private static final Logger LOG = LoggerFactory.getLogger(ScramNonceCompat.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final Provider PROVIDER = new CompatProvider();

    @Override
    public Provider getProvider() {
        return PROVIDER;
    }

    private static final class CompatProvider extends Provider {
        private static final long serialVersionUID = 1L;

        CompatProvider() {
            super("kfk-scram-nonce-compat", "1.0", "SCRAM server accepting librdkafka < 2.6.1 nonces");
            for (String mechanism : ScramMechanism.mechanismNames())
                put("SaslServerFactory." + mechanism, Factory.class.getName());
        }
    }

    public static final class Factory implements SaslServerFactory {
        @Override
        public SaslServer createSaslServer(String mechanism, String protocol, String serverName,
                                           Map<String, ?> props, CallbackHandler handler) throws SaslException {
            if (!ScramMechanism.isScram(mechanism))
                return null;
            SaslServer kafka = new ScramSaslServer.ScramSaslServerFactory()
                .createSaslServer(mechanism, protocol, serverName, props, handler);
            try {
                return new Server(kafka, ScramMechanism.forMechanismName(mechanism), handler);
            } catch (NoSuchAlgorithmException e) {
                throw new SaslException("Hash algorithm not supported for mechanism " + mechanism, e);
            }
        }

        @Override
        public String[] getMechanismNames(Map<String, ?> props) {
            return ScramMechanism.mechanismNames().toArray(new String[0]);
        }
    }

    private static final class Server implements SaslServer {
        private final SaslServer kafka;
        private final ScramMechanism mechanism;
        private final CallbackHandler handler;
        private final ScramFormatter formatter;
        private ClientFirstMessage clientFirst;
        private ServerFirstMessage serverFirst;
        private String authorizationId;  // set when this class completed the exchange

        Server(SaslServer kafka, ScramMechanism mechanism, CallbackHandler handler) throws NoSuchAlgorithmException {
            this.kafka = kafka;
            this.mechanism = mechanism;
            this.handler = handler;
            this.formatter = new ScramFormatter(mechanism);
        }

        @Override
        public byte[] evaluateResponse(byte[] response) throws SaslException {
            if (authorizationId != null)
                throw new SaslException("SCRAM exchange already complete");
            if (clientFirst == null) {
                byte[] challenge = kafka.evaluateResponse(response);
                clientFirst = new ClientFirstMessage(response);
                serverFirst = new ServerFirstMessage(challenge);
                return challenge;
            }
            ClientFinalMessage clientFinal = new ClientFinalMessage(response);
            boolean librdkafkaNonce = clientFinal.nonce().equals(clientFirst.nonce() + serverFirst.nonce());
            if (!librdkafkaNonce || clientFirst.extensions().tokenAuthenticated())
                return kafka.evaluateResponse(response);
            return verifyLibrdkafkaFinal(clientFinal);
        }

        private byte[] verifyLibrdkafkaFinal(ClientFinalMessage clientFinal) throws SaslException {
            String username = ScramFormatter.username(clientFirst.saslName());
            ScramCredentialCallback credentialCallback = new ScramCredentialCallback();
            try {
                handler.handle(new Callback[]{new NameCallback("username", username), credentialCallback});
            } catch (Exception e) {
                throw new SaslException("Authentication failed: Credentials could not be obtained", e);
            }
            ScramCredential credential = credentialCallback.scramCredential();
            if (credential == null)
                throw new SaslException("Authentication failed: Invalid user credentials");
            String requested = clientFirst.authorizationId();
            if (!requested.isEmpty() && !requested.equals(username))
                throw new SaslAuthenticationException("Authentication failed: Client requested an authorization id that is different from username");
            try {
                byte[] storedKey = credential.storedKey();
                byte[] signature = formatter.clientSignature(storedKey, clientFirst, serverFirst, clientFinal);
                if (!MessageDigest.isEqual(formatter.storedKey(signature, clientFinal.proof()), storedKey))
                    throw new SaslException("Invalid client credentials");
                byte[] serverSignature = formatter.serverSignature(credential.serverKey(), clientFirst, serverFirst, clientFinal);
                authorizationId = username;
                if (WARNED.compareAndSet(false, true))
                    LOG.warn("Accepted a SCRAM client-final-message whose nonce repeats the client nonce "
                        + "(librdkafka < 2.6.1), user {}; Kafka 4 alone refuses it. Logged once.", username);
                return new ServerFinalMessage(null, serverSignature).toBytes();
            } catch (java.security.InvalidKeyException e) {
                throw new SaslException("Authentication failed: Invalid client final message", e);
            }
        }

        @Override
        public String getMechanismName() {
            return mechanism.mechanismName();
        }

        @Override
        public boolean isComplete() {
            return authorizationId != null || kafka.isComplete();
        }

        @Override
        public String getAuthorizationID() {
            return authorizationId != null ? authorizationId : kafka.getAuthorizationID();
        }

        @Override
        public Object getNegotiatedProperty(String name) {
            if (authorizationId == null)
                return kafka.getNegotiatedProperty(name);
            // Not token-authenticated (those go to Kafka's server): no credential lifetime.
            return ScramLoginModule.TOKEN_AUTH_CONFIG.equals(name) ? clientFirst.extensions().map().get(name) : null;
        }

        @Override
        public byte[] unwrap(byte[] incoming, int offset, int len) {
            throw new IllegalStateException("SCRAM supports neither integrity nor privacy");
        }

        @Override
        public byte[] wrap(byte[] outgoing, int offset, int len) {
            throw new IllegalStateException("SCRAM supports neither integrity nor privacy");
        }

        @Override
        public void dispose() throws SaslException {
            kafka.dispose();
        }
    }
}
