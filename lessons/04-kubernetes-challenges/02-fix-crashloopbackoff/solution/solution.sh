kubectl apply -f worker.yaml
kubectl rollout status deployment/worker
