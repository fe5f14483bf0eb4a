kubectl apply -f api.yaml
kubectl rollout status deployment/api
