console.log('NODE_ENV is', process.env.NODE_ENV);
console.log({ ok: true, port: Number(process.env.PORT || 8080) });
console.error('done');
