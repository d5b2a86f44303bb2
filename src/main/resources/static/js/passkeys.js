// Passkeys on /account (add one) and /login (sign in with one), with Spring Security's
// WebAuthn endpoints. Progressive enhancement: without this file (or without WebAuthn in the
// browser) the pages say so in words and password sign-in works as always. Every word shown
// comes from the page (data-* attributes, from messages.properties).
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function fromBase64Url(text) {
    var binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function withIds(descriptors) {
    return (descriptors || []).map(function (descriptor) {
      return Object.assign({}, descriptor, { id: fromBase64Url(descriptor.id) });
    });
  }

  // The CSRF token of the page's own form, sent as the header Spring Security reads.
  function post(url, root, body, contentType) {
    var headers = {};
    headers[root.dataset.csrfHeader] = document.querySelector('input[name="_csrf"]').value;
    if (contentType) {
      headers['Content-Type'] = contentType;
    }
    return fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' });
  }

  function postJson(url, root, value) {
    return post(url, root, value === undefined ? undefined : JSON.stringify(value), 'application/json');
  }

  function show(element, text) {
    element.textContent = text;
    element.hidden = false;
  }

  // A refusal the server put in words ({"message": "..."}), or the page's own words.
  function messageOf(response, fallback) {
    return response.json().then(function (body) {
      return body && typeof body.message === 'string' ? body.message : fallback;
    }, function () {
      return fallback;
    });
  }

  function cancelled(error) {
    return error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
  }

  function setUpAdding(form) {
    var input = form.querySelector('#passkey-label');
    var error = form.querySelector('#passkey-error');
    var button = form.querySelector('button[type="submit"]');
    var hint = input.getAttribute('aria-describedby');
    form.hidden = false;

    function refuse(text) {
      show(error, text);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', hint + ' passkey-error');
      button.disabled = false;
      input.focus();
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', hint);
      button.disabled = true;
      var label = input.value;
      // The label is checked before her authenticator is asked, so a refused label never
      // leaves a passkey on her device that the app does not know.
      post(form.action, form, new URLSearchParams({ label: label }), 'application/x-www-form-urlencoded')
        .then(function (checked) {
          if (!checked.ok) {
            return messageOf(checked, form.dataset.failed).then(function (text) { throw { shown: text }; });
          }
          return postJson(form.dataset.options, form);
        })
        .then(function (response) {
          if (!response.ok) {
            throw { shown: form.dataset.failed };
          }
          return response.json();
        })
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: fromBase64Url(options.challenge),
            user: Object.assign({}, options.user, { id: fromBase64Url(options.user.id) }),
            excludeCredentials: withIds(options.excludeCredentials)
          });
          return navigator.credentials.create({ publicKey: publicKey });
        })
        .then(function (credential) {
          var response = credential.response;
          return postJson(form.dataset.register, form, {
            publicKey: {
              label: label,
              credential: {
                id: credential.id,
                rawId: toBase64Url(credential.rawId),
                type: credential.type,
                response: {
                  attestationObject: toBase64Url(response.attestationObject),
                  clientDataJSON: toBase64Url(response.clientDataJSON),
                  transports: response.getTransports ? response.getTransports() : []
                },
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
              }
            }
          });
        })
        .then(function (registered) {
          if (!registered.ok) {
            return messageOf(registered, form.dataset.failed).then(function (text) { throw { shown: text }; });
          }
          window.location.assign(form.dataset.done);
        })
        .catch(function (problem) {
          if (problem && problem.shown) {
            refuse(problem.shown);
          }
          else {
            refuse(cancelled(problem) ? form.dataset.cancelled : form.dataset.failed);
          }
        });
    });
  }

  function setUpSignIn(box) {
    var button = box.querySelector('button');
    var error = box.querySelector('#passkey-error');
    box.hidden = false;
    button.addEventListener('click', function () {
      error.hidden = true;
      button.disabled = true;
      postJson(box.dataset.options, box)
        .then(function (response) {
          if (!response.ok) {
            throw new Error('options');
          }
          return response.json();
        })
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: fromBase64Url(options.challenge),
            allowCredentials: withIds(options.allowCredentials)
          });
          return navigator.credentials.get({ publicKey: publicKey });
        })
        .then(function (credential) {
          var response = credential.response;
          return postJson(box.dataset.signIn, box, {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            type: credential.type,
            response: {
              authenticatorData: toBase64Url(response.authenticatorData),
              clientDataJSON: toBase64Url(response.clientDataJSON),
              signature: toBase64Url(response.signature),
              userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          });
        })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('sign-in');
          }
          return response.json();
        })
        .then(function (answer) {
          window.location.assign(answer.redirectUrl);
        })
        .catch(function () {
          show(error, box.dataset.failed);
          button.disabled = false;
          button.focus();
        });
    });
  }

  var supported = !!(window.PublicKeyCredential && navigator.credentials && window.fetch);
  document.querySelectorAll('.js-passkey-nojs').forEach(function (words) {
    words.hidden = true;
  });
  var form = document.querySelector('.js-passkey-add');
  if (form) {
    if (supported) {
      setUpAdding(form);
    }
    else {
      document.querySelectorAll('.js-passkey-unsupported').forEach(function (words) {
        words.hidden = false;
      });
    }
  }
  var signIn = document.querySelector('.js-passkey-sign-in');
  if (signIn && supported) {
    setUpSignIn(signIn);
  }
}());
